package vn.hotline1022.routing.directory;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The directory announces every unit on hotline.unit.changed.v1 (compacted, keyed by unit), so other services name
 * units and know which can be reached: seeded units at first start, and each create and edit in the same write.
 */
class DirectoryAnnouncementIT extends RoutingITBase {

    @Autowired
    DirectoryStore store;
    @Autowired
    MongoDatabase database;

    private List<JsonNode> announced(String unitCode) {
        return TopicReader.forKey(bootstrap, Topics.UNIT_CHANGED, unitCode).stream().map(e -> e.path("payload")).toList();
    }

    @Test
    void seededUnitsAreAnnouncedWithNameAndReachability() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> laGi = announced("UBND_LA_GI");
            assertThat(laGi).isNotEmpty();
            assertThat(laGi.get(0).path("name").asString()).isEqualTo("Ủy ban nhân dân thị xã La Gi");
            assertThat(laGi.get(0).path("dialableNumbers").asInt()).as("the letter gave no number").isZero();
            assertThat(laGi.get(0).path("version").asLong()).isEqualTo(1);
        });
    }

    @Test
    void aCreatedUnitAndEachEditAreAnnouncedWithTheirVersion() {
        String code = "TEST_UNIT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        Api.Response created = api().post("/api/routing/units/" + code, SUPERVISOR, """
                {"name":"Đơn vị thử","kind":"DEPARTMENT","jurisdiction":[],"topics":[],"transferable":true,
                 "hotlines":[{"label":"CHỜ BỔ SUNG","lineType":"MOBILE","priority":1,"placeholder":true}]}""");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Api.Response edited = api().put("/api/routing/units/" + code, SUPERVISOR, """
                {"name":"Đơn vị thử (đã có số)","kind":"DEPARTMENT","jurisdiction":[],"topics":[],"transferable":true,
                 "hotlines":[{"number":"0913 222 444","label":"Trực","lineType":"MOBILE","priority":1}]}""");
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> events = announced(code);
            assertThat(events).extracting(e -> e.path("version").asLong()).containsExactly(1L, 2L);
            assertThat(events.get(0).path("dialableNumbers").asInt()).isZero();
            assertThat(events.get(0).path("numbersToCome").asInt()).isEqualTo(1);
            assertThat(events.get(1).path("name").asString()).isEqualTo("Đơn vị thử (đã có số)");
            assertThat(events.get(1).path("dialableNumbers").asInt()).isEqualTo(1);
            assertThat(events.get(1).path("numbersToCome").asInt()).isZero();
        });
    }

    /** A unit stored before the directory announced itself (or whose event was lost) is announced once, later. */
    @Test
    void aUnitNeverAnnouncedIsAnnouncedOnceByTheStartPass() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !announced("SO_CONG_THUONG").isEmpty());
        long before = announced("SO_CONG_THUONG").size();
        database.getCollection("units").updateOne(Filters.eq("_id", "SO_CONG_THUONG"), Updates.unset("announcedVersion"));
        assertThat(store.announceUnannounced(Instant.now())).isEqualTo(1);
        assertThat(store.announceUnannounced(Instant.now())).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(announced("SO_CONG_THUONG")).hasSize((int) before + 1));
    }
}
