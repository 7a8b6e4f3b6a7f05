package vn.hotline1022.localinfra.store;

import org.h2.mvstore.MVStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the MVStore under the Mongo-protocol server is opened. mongo-java-server opens it with H2's defaults, which
 * suit a store committed once a second; committed on every write (DurableH2Backend) nearly half of the store's CPU
 * in the soak went to re-serialising whole leaf pages (Java serialisation of every document on the page) and to
 * H2's auto-compaction rewriting chunks it had just written (docs/benchmarks.md, section 7). Each knob is a system
 * property ({@code hotline.store.cache-mb}, {@code .page-split}, {@code .compact-fill}); unset keeps H2's default.
 *
 * @param cacheMb     page cache in MiB (H2: 16)
 * @param pageSplit   bytes at which a page splits (H2: 16 KiB on disk); smaller pages, less to re-serialise per write
 * @param compactFill chunks below this fill rate (%) are rewritten in the background (H2: 90)
 */
public record StoreTuning(Integer cacheMb, Integer pageSplit, Integer compactFill) {

    public static final StoreTuning H2_DEFAULTS = new StoreTuning(null, null, null);

    public static StoreTuning fromSystemProperties() {
        return new StoreTuning(Integer.getInteger("hotline.store.cache-mb"),
                Integer.getInteger("hotline.store.page-split"), Integer.getInteger("hotline.store.compact-fill"));
    }

    /** {@code cache=64,split=4096,fill=50}; {@code default} or empty: H2's defaults (benchmarks). */
    public static StoreTuning parse(String spec) {
        Map<String, Integer> values = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank() && !"default".equals(spec)) {
            for (String part : spec.split(",")) {
                String[] kv = part.split("=", 2);
                values.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
            }
        }
        return new StoreTuning(values.get("cache"), values.get("split"), values.get("fill"));
    }

    MVStore open(String fileName) {
        MVStore.Builder builder = new MVStore.Builder().fileName(fileName);
        if (cacheMb != null) {
            builder.cacheSize(cacheMb);
        }
        if (pageSplit != null) {
            builder.pageSplitSize(pageSplit);
        }
        if (compactFill != null) {
            builder.autoCompactFillRate(compactFill);
        }
        return builder.open();
    }

    @Override
    public String toString() {
        return "cache=" + (cacheMb == null ? "def" : cacheMb) + ",split=" + (pageSplit == null ? "def" : pageSplit)
                + ",fill=" + (compactFill == null ? "def" : compactFill);
    }
}
