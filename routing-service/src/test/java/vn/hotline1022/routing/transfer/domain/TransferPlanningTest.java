package vn.hotline1022.routing.transfer.domain;

import org.junit.jupiter.api.Test;
import vn.hotline1022.routing.directory.SeedDirectory;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.rules.SeedRules;
import vn.hotline1022.routing.rules.domain.RouteResolver;
import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransferPlanningTest {

    private static final Map<String, Unit> DIRECTORY = SeedDirectory.units();
    private static final List<RoutingRule> RULES = SeedRules.rules();
    private static final Instant NOW = Instant.parse("2021-08-27T02:00:00Z");

    private static TransferPlan plan(String topic, String locality, Map<String, NumberHealth> health) {
        return TransferPlanning.plan(RouteResolver.resolve(RULES, DIRECTORY, topic, locality), health, Map.of(), NOW,
                LocalTime.of(9, 0));
    }

    @Test
    void travelFromHamTanGoesToTransportWithItsNumber() {
        TransferPlan p = plan("TRAVEL_TRANSPORT", "HAM_TAN", Map.of());
        assertThat(p.status()).isEqualTo(TransferPlan.Status.READY);
        assertThat(p.unit().code()).isEqualTo("SO_GTVT");
        assertThat(p.candidates()).extracting(Candidate::number).containsExactly("+84913680916");
        assertThat(p.reason()).contains("Sở Giao thông vận tải");
    }

    @Test
    void vaccinationIsAnsweredFromTheKnowledgeBaseNeverWithANumber() {
        TransferPlan p = plan("VACCINATION", "LA_GI", Map.of());
        assertThat(p.status()).isEqualTo(TransferPlan.Status.NOT_TRANSFERABLE);
        assertThat(p.unit().code()).isEqualTo("SO_Y_TE");
        assertThat(p.reason()).contains("cơ sở tri thức");
        assertThat(p.candidates()).isEmpty();
    }

    @Test
    void districtWithoutNumbersYetFallsBackToTheDepartmentAndSaysSo() {
        TransferPlan p = plan("HARDSHIP_SUPPORT", "LA_GI", Map.of());
        assertThat(p.unit().code()).isEqualTo("SO_LDTBXH");
        assertThat(p.skipped()).extracting(TransferPlan.Skipped::unitCode).containsExactly("UBND_LA_GI", "BCD_LA_GI");
        assertThat(p.skipped().get(1).reason()).contains("chờ đơn vị bổ sung");
    }

    @Test
    void healthQuestionsFailOverFromHealthCentreToRegionalHospitals() {
        TransferPlan p = plan("HEALTH_STATUS", "HAM_TAN", Map.of());
        assertThat(p.candidates()).extracting(Candidate::unitCode).containsExactly("TTYT_HAM_TAN", "BV_LA_GI", "BV_PHIA_NAM");
    }

    @Test
    void aUnitWhoseOnlyNumberIsCoolingHasNoNumberAvailable() {
        Map<String, NumberHealth> health = Map.of("+84913680916",
                new NumberHealth("+84913680916", "SO_GTVT", 0, NOW.plusSeconds(60), NOW));
        TransferPlan p = plan("TRAVEL_TRANSPORT", "HAM_TAN", health);
        assertThat(p.status()).isEqualTo(TransferPlan.Status.NO_NUMBER_AVAILABLE);
        assertThat(p.cooling()).extracting(Candidate::number).containsExactly("+84913680916");
    }
}
