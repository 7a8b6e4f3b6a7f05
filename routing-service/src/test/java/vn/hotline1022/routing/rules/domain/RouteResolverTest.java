package vn.hotline1022.routing.rules.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hotline1022.routing.directory.SeedDirectory;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.rules.SeedRules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RouteResolverTest {

    private static final Map<String, Unit> DIRECTORY = SeedDirectory.units();
    private static final List<RoutingRule> RULES = SeedRules.rules();

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TRAVEL_TRANSPORT    | HAM_TAN        | SO_GTVT                                   | false
            TRAVEL_TRANSPORT    | OTHER_PROVINCE | SO_GTVT                                   | false
            UNEMPLOYMENT        | LA_GI          | SO_LDTBXH                                 | false
            PRICES_GOODS        | PHU_QUY        | SO_CONG_THUONG                            | false
            HARDSHIP_SUPPORT    | LA_GI          | UBND_LA_GI BCD_LA_GI SO_LDTBXH            | false
            HARDSHIP_SUPPORT    | OTHER_PROVINCE | SO_LDTBXH                                 | false
            QUARANTINE_FOOD     | TUY_PHONG      | UBND_TUY_PHONG BCD_TUY_PHONG SO_CONG_THUONG | false
            MOVEMENT_DIRECTIVES | DUC_LINH       | UBND_DUC_LINH BCD_DUC_LINH SO_GTVT        | false
            HEALTH_STATUS       | HAM_TAN        | TTYT_HAM_TAN BV_LA_GI BV_PHIA_NAM         | false
            HEALTH_STATUS       | PHAN_THIET     | TTYT_PHAN_THIET                           | false
            HEALTH_STATUS       | UNKNOWN        | TIEU_BAN_TTTT                             | false
            VACCINATION         | PHAN_THIET     | SO_Y_TE                                   | true
            TESTING_QUARANTINE  | LA_GI          | CDC SO_Y_TE                               | true
            OTHER               | BAC_BINH       | UBND_BAC_BINH BCD_BAC_BINH TIEU_BAN_TTTT  | false
            OTHER               | OTHER_PROVINCE | TIEU_BAN_TTTT                             | false
            SOMETHING_NEW       | LA_GI          | TIEU_BAN_TTTT                             | false
            """)
    void defaultRulesFromTheLetter(String topic, String locality, String expected, boolean kbOnly) {
        RouteDecision d = RouteResolver.resolve(RULES, DIRECTORY, topic, locality);
        assertThat(d.units().stream().map(Unit::code)).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
        assertThat(d.knowledgeBaseOnly()).isEqualTo(kbOnly);
        assertThat(d.reason()).isNotBlank();
    }

    @Test
    void aLocalitySpecificRuleBeatsTheTopicWideOne() {
        List<RoutingRule> rules = new ArrayList<>(RULES);
        rules.add(new RoutingRule("TRAVEL_TRANSPORT", "PHU_QUY", List.of("UBND_{locality}", "SO_GTVT"), false,
                "Đảo Phú Quý: tàu ra đảo do huyện điều phối"));
        assertThat(RouteResolver.resolve(rules, DIRECTORY, "TRAVEL_TRANSPORT", "PHU_QUY").units())
                .extracting(Unit::code).containsExactly("UBND_PHU_QUY", "SO_GTVT");
        assertThat(RouteResolver.resolve(rules, DIRECTORY, "TRAVEL_TRANSPORT", "LA_GI").units())
                .extracting(Unit::code).containsExactly("SO_GTVT");
    }

    @Test
    void withNoMatchingRuleNothingIsResolved() {
        RouteDecision d = RouteResolver.resolve(List.of(), DIRECTORY, "TRAVEL_TRANSPORT", "LA_GI");
        assertThat(d.resolved()).isFalse();
    }
}
