package vn.hotline1022.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entry's folded syllables, analysed once when it is indexed: a search used to run the analyzer over every hit's
 * whole answer again for its snippet and over the top hit's texts for its coverage (~30 % of a search's CPU).
 * Documents indexed before these fields existed fall back to analysing at search time.
 */
final class FoldedTokens {

    /** Never produced by the analyzer (it splits on it), so it can join syllables. */
    private static final char SEPARATOR = '\u001f';

    private FoldedTokens() {
    }

    static void store(Document doc, IndexedEntry e) {
        Set<String> vocabulary = new LinkedHashSet<>();
        if (e.answer() != null) {
            List<Tokens.Token> tokens = Tokens.folded(e.answer());
            tokens.forEach(t -> vocabulary.add(t.text()));
            StringBuilder texts = new StringBuilder();
            byte[] buffer = new byte[10 * tokens.size() + 5];
            int length = writeVInt(buffer, 0, tokens.size());
            int previousEnd = 0;
            for (Tokens.Token t : tokens) {
                texts.append(t.text()).append(SEPARATOR);
                length = writeVInt(buffer, length, t.start() - previousEnd);
                length = writeVInt(buffer, length, t.end() - t.start());
                previousEnd = t.end();
            }
            doc.add(new StoredField(Fields.ANSWER_SYLLABLES, texts.toString()));
            doc.add(new StoredField(Fields.ANSWER_OFFSETS,
                    new BytesRef(buffer, 0, length)));
        }
        for (String text : new String[] {e.question(), indexedText(e)}) {
            if (text != null) {
                Tokens.folded(text).forEach(t -> vocabulary.add(t.text()));
            }
        }
        doc.add(new StoredField(Fields.VOCABULARY,
                String.join(String.valueOf(SEPARATOR), vocabulary)));
    }

    /** Lucene's variable-length int (7 bits a byte), without DataOutput's checked IOException. */
    private static int writeVInt(byte[] buffer, int at, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            buffer[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[at++] = (byte) v;
        return at;
    }

    static String indexedText(IndexedEntry e) {
        return String.join(" \n ", e.phrasings()) + " \n " + String.join(" ", e.tags())
                + (e.answerVariants().isEmpty() ? "" : " \n " + String.join(" \n ", e.answerVariants()));
    }

    /** The answer's folded tokens with their offsets: stored ones when present, else analysed now. */
    static List<Tokens.Token> answer(Document doc) {
        String answer = doc.get(Fields.ANSWER);
        String texts = doc.get(Fields.ANSWER_SYLLABLES);
        BytesRef offsets = doc.getBinaryValue(Fields.ANSWER_OFFSETS);
        if (answer == null || texts == null || offsets == null) {
            return answer == null ? List.of() : Tokens.folded(answer);
        }
        ByteArrayDataInput in = new ByteArrayDataInput(offsets.bytes, offsets.offset, offsets.length);
        int count = in.readVInt();
        List<Tokens.Token> tokens = new ArrayList<>(count);
        int from = 0;
        int end = 0;
        for (int i = 0; i < count; i++) {
            int to = texts.indexOf(SEPARATOR, from);
            int start = end + in.readVInt();
            end = start + in.readVInt();
            tokens.add(new Tokens.Token(texts.substring(from, to), start, end));
            from = to + 1;
        }
        return tokens;
    }

    /** The distinct folded syllables of the entry's question, answer and learned phrasings and tags. */
    static Set<String> vocabulary(Document doc) {
        String stored = doc.get(Fields.VOCABULARY);
        Set<String> present = new java.util.HashSet<>();
        if (stored != null) {
            for (String syllable : stored.split(String.valueOf(SEPARATOR))) {
                if (!syllable.isEmpty()) {
                    present.add(syllable);
                }
            }
            return present;
        }
        for (String text : new String[] {doc.get(Fields.QUESTION), doc.get(Fields.ANSWER), doc.get(Fields.INDEXED_TEXT)}) {
            if (text != null) {
                Tokens.folded(text).forEach(t -> present.add(t.text()));
            }
        }
        return present;
    }
}
