package vn.hotline1022.knowledge.search.learn;

/** An entry found by the lexical engine, with its text score. */
public record LexicalHit(String id, double score) {
}
