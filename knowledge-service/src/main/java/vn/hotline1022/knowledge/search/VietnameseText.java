package vn.hotline1022.knowledge.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for Vietnamese: accent folding and Telex-slip repair, used at index and query time alike. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final String VOWELS = "aeiouy";
    private static final String TONE_KEYS = "sfrxj";

    private VietnameseText() {
    }

    /** Lower-cased, without diacritics, with đ folded to d: what an operator types on a plain keyboard. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'd');
    }

    public static boolean hasDiacritics(String text) {
        return !fold(text).equals(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Undoes what Telex leaves behind when the input method was off or a key bounced: doubled letters
     * ("tieem", "vaccxin", "ddi"), the breve/horn key w after a vowel ("cuwr") and tone keys s/f/r/x/j after a
     * vowel ("tieems", "chir"). Vietnamese syllables never contain these, so the result is a folded candidate.
     */
    public static String untelex(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char prev = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            boolean afterVowel = VOWELS.indexOf(prev) >= 0;
            if (c == prev && Character.isLetter(c)) {
                continue;
            }
            if (afterVowel && (c == 'w' || (TONE_KEYS.indexOf(c) >= 0 && isToneKeyPosition(folded, i)))) {
                continue;
            }
            if (TONE_KEYS.indexOf(c) >= 0 && i == folded.length() - 1 && endsWithFinalConsonant(out)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A tone key ends the syllable or precedes only its final consonant(s); "x" starting "xin" is a letter. */
    private static boolean isToneKeyPosition(String word, int i) {
        String rest = word.substring(i + 1);
        return rest.isEmpty() || rest.matches("(c|ch|m|n|ng|nh|p|t)");
    }

    private static boolean endsWithFinalConsonant(CharSequence word) {
        String w = word.toString();
        return w.length() > 1 && w.matches(".*[aeiouy](c|ch|m|n|ng|nh|p|t)");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
