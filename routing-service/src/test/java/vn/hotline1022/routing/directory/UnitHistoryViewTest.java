package vn.hotline1022.routing.directory;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.routing.directory.domain.EscalationDue;
import vn.hotline1022.routing.directory.domain.FailoverStrategy;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.LineType;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.directory.domain.UnitKind;
import vn.hotline1022.testsupport.Wire;

import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit's history reads exactly as the stored lines did when the endpoint returned them as they were. */
class UnitHistoryViewTest {

    private static final Date AT = new Date(1_630_000_000_123L);

    private static Unit unit(EscalationDue due) {
        return new Unit("SO_GTVT", "Sở GTVT", UnitKind.DEPARTMENT, List.of("HAM_TAN"), List.of("TRAVEL_TRANSPORT"),
                List.of(new Hotline("0913680916", "Đường dây nóng", LineType.MOBILE, 1, true, null, false),
                        new Hotline(null, "Chờ bổ sung", LineType.LANDLINE, 2, false, "7:00-17:00", true)),
                true, null, null, FailoverStrategy.PRIORITY, due, false, 3L);
    }

    private static Document line(String action, String by, Document before, Document after) {
        return new Document("at", AT).append("by", by).append("action", action).append("before", before)
                .append("after", after);
    }

    @Test
    void aSeedLineHasNoBeforeAndItsUnitNoId() {
        Document after = UnitDocuments.toDocument(unit(null));
        after.remove("_id");
        Document seed = line("SEED", "seed", null, after);
        assertThat(Wire.of(UnitDocuments.version(seed))).isEqualTo(Wire.of(seed));
    }

    @Test
    void anUpdateShowsBothVersionsWithTheirIdsAndADueTimeOnlyWhereSet() {
        Document update = line("UPDATE", "gs01", UnitDocuments.toDocument(unit(null)),
                UnitDocuments.toDocument(unit(new EscalationDue(2, LocalTime.of(17, 0)))));
        assertThat(Wire.of(UnitDocuments.version(update))).isEqualTo(Wire.of(update));
        assertThat(Wire.of(UnitDocuments.version(update)).path("after").path("escalationDue").path("time").asString())
                .isEqualTo("17:00");
    }
}
