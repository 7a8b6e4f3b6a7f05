package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hotline1022.knowledge.search.IndexedEntry;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus, as the in-process mode reads it ({@link SearchQualityBench#readCorpus}: only doc_id/externalId,
 * question, answer, phrasings, tags), turned into the import API's NDJSON: externalId = doc_id, PUBLISHED, one topic.
 * <p>The import requires a title question, the in-process mode indexes none when a corpus line has none. By
 * default such a line gets {@link #NO_TITLE}, which the analyzer turns into no token at all, so the entry is
 * indexed and ranked as in process. {@code FIRST_SENTENCE} puts the answer's first sentence there instead
 * (what an editor might do; it changes ranking, so its figures do not compare with the in-process ones).
 */
final class CorpusImport {

    enum Title { NONE, FIRST_SENTENCE }

    /** Punctuation only: no syllable for the index, yet a non-empty title the import accepts. */
    static final String NO_TITLE = "—";
    static final int MAX_QUESTION = 500;
    private static final Pattern SENTENCE = Pattern.compile("^(.+?[.!?…])(\\s|$)", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CorpusImport() {
    }

    static String ndjson(List<IndexedEntry> corpus, String topic, Title title) {
        StringBuilder out = new StringBuilder();
        for (IndexedEntry e : corpus) {
            ObjectNode line = JSON.createObjectNode();
            line.put("externalId", e.id());
            line.put("question", e.question() != null ? e.question() : title == Title.NONE ? NO_TITLE : firstSentence(e.answer()));
            line.put("answer", e.answer());
            // our own import-format corpus keeps its topics: re-importing the sample base must not re-file it
            line.put("topic", e.topic() != null ? e.topic() : topic);
            line.put("status", "PUBLISHED");
            e.phrasings().forEach(line.putArray("phrasings")::add);
            e.tags().forEach(line.putArray("tags")::add);
            e.answerVariants().forEach(line.putArray("answerVariants")::add);
            out.append(JSON.writeValueAsString(line)).append('\n');
        }
        return out.toString();
    }

    /** Up to the first . ! ? or … followed by a space, cut at a word under the import's 500-character limit. */
    static String firstSentence(String answer) {
        String text = answer.strip();
        Matcher m = SENTENCE.matcher(text);
        String sentence = m.find() ? m.group(1) : text;
        if (sentence.length() <= MAX_QUESTION) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_QUESTION);
        return sentence.substring(0, cut > 0 ? cut : MAX_QUESTION);
    }
}
