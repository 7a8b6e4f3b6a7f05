package vn.hotline1022.knowledge.publicfeed;

import java.util.List;

/** One page of published answers; {@code total} counts all published answers of the topic. */
record PublicAnswersPage(List<PublicAnswer> items, int page, int size, long total) {
}
