package vn.hotline1022.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import org.apache.lucene.util.BytesRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns an {@link IndexedEntry} into a Lucene document and back (stored fields only). */
final class EntryDocuments {

    private EntryDocuments() {
    }

    static Document toDocument(IndexedEntry e) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, e.id(), Field.Store.YES));
        // also as doc values: the re-ranker reads the ids of its 200 candidates without decompressing stored fields
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(e.id())));
        storeIfPresent(doc, Fields.EXTERNAL_ID, e.externalId());
        storeIfPresent(doc, Fields.QUESTION, e.question());
        storeIfPresent(doc, Fields.ANSWER, e.answer());
        storeIfPresent(doc, Fields.SUPERSEDED_BY, e.supersededBy());
        if (e.topic() != null) {
            doc.add(new StringField(Fields.TOPIC, e.topic(), Field.Store.YES));
        }
        List<String> scope = e.localities().isEmpty() ? List.of(Fields.PROVINCE_WIDE) : e.localities();
        scope.forEach(s -> doc.add(new StringField(Fields.SCOPE, s, Field.Store.NO)));
        doc.add(new StoredField(Fields.SCOPE_STORED, String.join(",", scope)));
        storeInstant(doc, Fields.VALID_FROM, e.validFrom());
        storeInstant(doc, Fields.VALID_UNTIL, e.validUntil());
        doc.add(new StoredField(Fields.USAGE, e.usageCount()));
        addText(doc, Fields.TITLE, e.question() == null ? List.of() : List.of(e.question()));
        addText(doc, Fields.PHRASINGS, e.phrasings());
        addText(doc, Fields.TAGS, e.tags());
        addText(doc, Fields.BODY, answerTexts(e));
        doc.add(new StoredField(Fields.INDEXED_TEXT, FoldedTokens.indexedText(e)));
        FoldedTokens.store(doc, e);
        return doc;
    }

    /** All the entry's words in one text, for the learned re-ranker's word vectors. */
    static String text(IndexedEntry e) {
        StringBuilder text = new StringBuilder();
        if (e.question() != null) {
            text.append(e.question()).append('\n');
        }
        e.phrasings().forEach(p -> text.append(p).append('\n'));
        e.tags().forEach(t -> text.append(t).append('\n'));
        answerTexts(e).forEach(a -> text.append(a).append('\n'));
        return text.toString();
    }

    /** The answer and its other wordings: one field, so BM25 weighs them as the answer. */
    private static List<String> answerTexts(IndexedEntry e) {
        List<String> texts = new ArrayList<>(e.answerVariants().size() + 1);
        if (e.answer() != null) {
            texts.add(e.answer());
        }
        texts.addAll(e.answerVariants());
        return texts;
    }

    private static void addText(Document doc, String field, List<String> values) {
        for (String value : values) {
            doc.add(new TextField(field + Fields.FOLDED, value, Field.Store.NO));
            doc.add(new TextField(field + Fields.BIGRAMS, value, Field.Store.NO));
            if (!Fields.TAGS.equals(field)) {
                doc.add(new TextField(field + Fields.ACCENTED, value, Field.Store.NO));
            }
        }
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void storeInstant(Document doc, String field, Instant value) {
        if (value != null) {
            doc.add(new StoredField(field, value.toEpochMilli()));
        }
    }

    static Instant instant(Document doc, String field) {
        var value = doc.getField(field);
        return value == null ? null : Instant.ofEpochMilli(value.numericValue().longValue());
    }
}
