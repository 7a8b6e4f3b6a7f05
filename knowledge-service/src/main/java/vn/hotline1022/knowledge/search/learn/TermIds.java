package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/** Dense ids for words, shared by the entries' word vectors and the bound translation table; grows, never shrinks. */
final class TermIds {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile String[] words = new String[1024];
    private int size;

    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    int add(String word) {
        Integer id = ids.get(word);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            id = ids.get(word);
            if (id != null) {
                return id;
            }
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
            }
            words[size] = word;
            ids.put(word, size);
            return size++;
        }
    }

    String word(int id) {
        return words[id];
    }

    synchronized int size() {
        return size;
    }
}
