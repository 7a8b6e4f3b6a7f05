package vn.hotline1022.knowledge.synonym;

import java.util.List;

/** The synonym groups search uses now, each a list of phrasings that mean the same. */
record SynonymsView(List<List<String>> groups) {
}
