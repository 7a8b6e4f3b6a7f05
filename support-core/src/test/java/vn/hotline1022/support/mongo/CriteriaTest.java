package vn.hotline1022.support.mongo;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaTest {

    private static BsonDocument json(String json) {
        return BsonDocument.parse(json);
    }

    @Test
    void noCriterionMatchesEverything() {
        assertThat(new Criteria().eq("unitCode", null).within("at", null, null).filter().toBsonDocument())
                .isEqualTo(new BsonDocument());
    }

    @Test
    void onlyTheGivenCriteriaFilterAndATimeRangeIsHalfOpen() {
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-02T00:00:00Z");
        assertThat(new Criteria().eq("unitCode", "SO_GTVT").eq("status", null).within("at", from, to).filter()
                .toBsonDocument()).isEqualTo(json("""
                {"$and": [{"unitCode": "SO_GTVT"},
                          {"at": {"$gte": {"$date": "2026-12-01T00:00:00Z"}}},
                          {"at": {"$lt": {"$date": "2026-12-02T00:00:00Z"}}}]}"""));
    }

    @Test
    void anOpenEndedRangeHasOneBound() {
        assertThat(new Criteria().within("at", null, Instant.parse("2026-12-02T00:00:00Z")).filter().toBsonDocument())
                .isEqualTo(json("""
                        {"$and": [{"at": {"$lt": {"$date": "2026-12-02T00:00:00Z"}}}]}"""));
    }
}
