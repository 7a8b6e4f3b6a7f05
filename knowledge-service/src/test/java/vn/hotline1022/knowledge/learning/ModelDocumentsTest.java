package vn.hotline1022.knowledge.learning;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ModelDocumentsTest {

    private static ModelMeta meta(ModelMeta.Mix mix) {
        return new ModelMeta(Instant.parse("2026-12-02T07:00:00Z"), 30_000, Instant.parse("2026-12-02T06:59:00Z"),
                3483, 5, 5, 3483, 0.433, 0.344, 0.49, 0.387, mix, 1_000_000, 10_900_000, "ON_DEMAND", "gs01", 2,
                6_700_000);
    }

    @Test
    void theBlendKeepsItsLexicalSide() {
        ModelMeta stored = meta(new ModelMeta.Mix(0.7, 30, 0.65, 200, "LINEAR", 0.25, "PLAIN"));

        ModelMeta read = ModelDocuments.meta(ModelDocuments.document(7, stored));

        assertThat(read).isEqualTo(stored);
        assertThat(LearningStatus.serving(7, read).blend().lexical()).isEqualTo("PLAIN");
    }

    @Test
    void aModelStoredBeforeTheLexicalSideWasChosenReadsWithoutOne() {
        Document older = ModelDocuments.document(3, meta(new ModelMeta.Mix(0.7, 30, 0.65, 200, "LINEAR", 0.25, null)));
        older.get("blend", Document.class).remove("lexical");

        ModelMeta read = ModelDocuments.meta(older);

        assertThat(read.blend().lexical()).isNull();
        assertThat(read.blend().mode()).isEqualTo("LINEAR");
    }
}
