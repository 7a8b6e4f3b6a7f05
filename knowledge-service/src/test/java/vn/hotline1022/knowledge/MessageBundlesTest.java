package vn.hotline1022.knowledge;

import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message code the code names has a Vietnamese and an English text, and no message is back in the code. */
class MessageBundlesTest {

    @Test
    void everyCodeIsInBothBundles() {
        MessageBundles.assertComplete("knowledge");
    }

    /** Import reports, drafts and the feed too: only the search's stop words are Vietnamese in the code. */
    @Test
    void noVietnameseTextOutsideTheBundles() {
        MessageBundles.assertNoVietnameseLiterals("Stopwords.java");
    }

    @Test
    void literalsAreFoundOutsideCommentsOnly() {
        String source = """
                // "Chú thích" in a comment
                /* "cũng vậy" */ String a = "Không có mục"; char q = '"'; String b = "a \\" b";
                String c = \"""
                    khối văn bản\""";
                """;
        assertThat(MessageBundles.stringLiterals(source)).containsExactly("Không có mục", "a \\\" b",
                "\n    khối văn bản");
    }
}
