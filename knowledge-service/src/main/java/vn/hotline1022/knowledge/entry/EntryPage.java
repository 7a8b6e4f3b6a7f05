package vn.hotline1022.knowledge.entry;

import java.util.List;

/** One page of the editors' entry list; {@code size} is the page size actually used (at most 200). */
record EntryPage(List<EntryView> items, int page, int size, long total) {
}
