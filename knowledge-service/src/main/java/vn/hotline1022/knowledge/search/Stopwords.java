package vn.hotline1022.knowledge.search;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words of politeness and grammar that say nothing about what a caller needs ("cho em hỏi … ạ"). Used only to
 * judge whether a hit is good enough, never to drop words from ranking (BM25's idf already discounts them).
 */
final class Stopwords {

    static final Set<String> FOLDED = Arrays.stream((
            "chào xin cho em anh chị tôi mình cháu bác hỏi ạ nhé nha vậy thì là của và được có không "
            + "gì nào ơi giúp với cảm ơn thế sao này đó như vì nên hay hoặc khi mà rồi đã đang sẽ lại cũng "
            + "vẫn muốn biết thưa vâng dạ các những một nhiều rất ở tại")
            .split(" ")).map(VietnameseText::fold).collect(Collectors.toUnmodifiableSet());

    private Stopwords() {
    }
}
