package vn.hotline1022.intake.reference;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.ReferenceData;
import vn.hotline1022.intake.reference.domain.Topic;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled Bình Thuận data files carry exactly the codes other services rely on. */
class ReferenceDataTest {

    private static ReferenceData load(String gazetteer, String topics) throws Exception {
        IntakeProperties properties = new IntakeProperties(new ClassPathResource(gazetteer),
                new ClassPathResource(topics), "252", 100, Duration.ofDays(90), ZoneId.of("Asia/Ho_Chi_Minh"), 3);
        return new ReferenceDataConfig().referenceData(properties, JsonMapper.builder().build());
    }

    @Test
    void bundledFilesHaveTheSharedCodesWithVietnameseNames() throws Exception {
        ReferenceData data = load("reference/gazetteer-binh-thuan.json", "reference/topics-covid-1022.json");
        assertThat(data.province()).isEqualTo("Bình Thuận");
        assertThat(data.localities()).extracting(Locality::code).containsExactly("PHAN_THIET", "LA_GI", "TUY_PHONG",
                "BAC_BINH", "HAM_THUAN_BAC", "HAM_THUAN_NAM", "HAM_TAN", "TANH_LINH", "DUC_LINH", "PHU_QUY",
                "OTHER_PROVINCE", "UNKNOWN");
        assertThat(data.topics()).extracting(Topic::code).containsExactly("HEALTH_STATUS", "HARDSHIP_SUPPORT",
                "PRICES_GOODS", "TRAVEL_TRANSPORT", "UNEMPLOYMENT", "QUARANTINE_FOOD", "MOVEMENT_DIRECTIVES",
                "VACCINATION", "TESTING_QUARANTINE", "OTHER");
        assertThat(data.localityName("DUC_LINH")).isEqualTo("Huyện Đức Linh");
        assertThat(data.locality("locality", "OTHER_PROVINCE").needsProvinceName()).isTrue();
        assertThat(data.topicName("TRAVEL_TRANSPORT")).contains("đi lại");
    }

    @Test
    void unknownCodesNameTheField() throws Exception {
        ReferenceData data = load("reference/gazetteer-binh-thuan.json", "reference/topics-covid-1022.json");
        assertThatThrownBy(() -> data.topic("topic", "TRAVEL")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "topic");
        assertThatThrownBy(() -> data.locality("locality", "SAIGON")).hasFieldOrPropertyWithValue("field", "locality");
    }

    @Test
    void anotherProvinceLoadsItsOwnFiles() throws Exception {
        ReferenceData data = load("test-province/gazetteer.json", "reference/topics-covid-1022.json");
        assertThat(data.province()).isEqualTo("Ninh Thuận");
        assertThat(data.localityName("PHAN_RANG_THAP_CHAM")).isEqualTo("Thành phố Phan Rang - Tháp Chàm");
    }

    @Test
    void duplicateOrBadCodesStopTheStart() {
        assertThatThrownBy(() -> new ReferenceData("x", List.of(new Locality("A", "a", "DISTRICT", false),
                new Locality("A", "b", "DISTRICT", false)), List.of(new Topic("T", "t", null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferenceData("x", List.of(new Locality("a-b", "a", "DISTRICT", false)),
                List.of(new Topic("T", "t", null)))).isInstanceOf(IllegalArgumentException.class);
    }
}
