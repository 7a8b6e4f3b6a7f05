package vn.hotline1022.routing.transfer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.LineType;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.directory.domain.UnitKind;
import vn.hotline1022.testsupport.Wire;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** GET /api/transfers/health, field for field: a number never dialled still shows, with nulls and no counts. */
class HotlineHealthReportTest {

    private static final Instant NOW = Instant.parse("2021-08-26T10:00:00Z");

    private static Hotline line(String number, int priority, boolean placeholder) {
        return new Hotline(number, "Số " + priority, LineType.MOBILE, priority, true, null, placeholder);
    }

    private static Unit unit(String code, boolean transferable, Hotline... hotlines) {
        return new Unit(code, "Đơn vị " + code, UnitKind.DEPARTMENT, List.of("HAM_TAN"), List.of("PRICES_GOODS"),
                List.of(hotlines), transferable, null, null, null, null, false, 1L);
    }

    @Test
    void everyTransferableUnitWithItsNumbersCoolingAndCounts() {
        Map<String, Unit> units = new LinkedHashMap<>();
        units.put("SO_CT", unit("SO_CT", true, line("0913000001", 1, false), line("0913000002", 2, false),
                line(null, 3, true)));
        units.put("SO_YT", unit("SO_YT", false, line("0913000009", 1, false)));
        units.put("UBND_X", unit("UBND_X", true, line(null, 1, true)));
        Directory directory = mock(Directory.class);
        when(directory.snapshot()).thenReturn(units);
        HealthStore store = mock(HealthStore.class);
        when(store.all()).thenReturn(Map.of("0913000001", HealthStore.dialled(new Document("_id", "0913000001").append("unitCode", "SO_CT")
                .append("consecutiveFailures", 3).append("coolingUntil", Date.from(NOW.plusSeconds(60)))
                .append("lastUsedAt", Date.from(NOW.minusMillis(1500))).append("version", 4L)
                .append("counts", new Document("UNREACHABLE", 3).append("BUSY", 1)))));
        HotlineHealth health = new HotlineHealth(directory, store, null, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(Wire.of(health.report())).isEqualTo(Wire.parse("""
                [{"unitCode":"SO_CT","name":"Đơn vị SO_CT","reachable":true,"numbersCooling":1,"placeholders":1,
                  "attempts":{"UNREACHABLE":3,"BUSY":1},
                  "numbers":[{"number":"0913.000.001","label":"Số 1","cooling":true,
                              "coolingUntil":"2021-08-26T10:01:00.000Z","consecutiveFailures":3,
                              "lastUsedAt":"2021-08-26T09:59:58.500Z","attempts":{"UNREACHABLE":3,"BUSY":1}},
                             {"number":"0913.000.002","label":"Số 2","cooling":false,"coolingUntil":null,
                              "consecutiveFailures":0,"lastUsedAt":null,"attempts":{}}]},
                 {"unitCode":"UBND_X","name":"Đơn vị UBND_X","reachable":false,"numbersCooling":0,"placeholders":1,
                  "attempts":{},"numbers":[]}]
                """));
    }
}
