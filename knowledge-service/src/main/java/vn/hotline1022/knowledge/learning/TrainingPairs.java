package vn.hotline1022.knowledge.learning;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.entry.EntryKey;
import vn.hotline1022.knowledge.entry.EntryQueryStore;
import vn.hotline1022.knowledge.search.learn.UsagePair;
import vn.hotline1022.knowledge.usage.LearnableUse;
import vn.hotline1022.knowledge.usage.UsageStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learner's pairs: every learnable use, placed on the entry as it is now. A use is placed by the entry's code
 * when it has one (an entry re-created by an import keeps its code, not its id), and dropped when that entry is no
 * longer one operators may read out (the index does not hold it, so nothing could rank it).
 */
@Component
@RequiredArgsConstructor
class TrainingPairs {

    private final UsageStore usage;
    private final EntryQueryStore entries;

    List<UsagePair> read() {
        Map<String, String> byCode = new HashMap<>();
        Set<String> visible = new HashSet<>();
        for (EntryKey entry : entries.operatorVisibleKeys()) {
            visible.add(entry.id());
            if (entry.externalId() != null) {
                byCode.put(entry.externalId(), entry.id());
            }
        }
        List<UsagePair> pairs = new ArrayList<>();
        for (LearnableUse use : usage.learnable()) {
            String code = use.externalId();
            String entryId = code != null ? byCode.get(code)
                    : visible.contains(use.entryId()) ? use.entryId() : null;
            if (entryId != null) {
                pairs.add(new UsagePair(use.question(), entryId));
            }
        }
        return pairs;
    }
}
