package vn.hotline1022.knowledge.operator;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.Wire;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** One line of the supervisors' list of searches that found nothing, as the aggregation returns it. */
class SearchMissViewTest {

    @Test
    void showsTheLastWordingTheNormalisedKeyTheCountAndWhen() {
        Document group = new Document("_id", "giay di duong").append("count", 7).append("example", "Giấy đi đường")
                .append("lastSearchedAt", new Date(1_630_000_000_500L));
        assertThat(Wire.of(SearchMissDocuments.view(group))).isEqualTo(Wire.parse("""
                {"query":"Giấy đi đường","normalized":"giay di duong","count":7,"lastSearchedAt":"2021-08-26T17:46:40.500Z"}
                """));
    }
}
