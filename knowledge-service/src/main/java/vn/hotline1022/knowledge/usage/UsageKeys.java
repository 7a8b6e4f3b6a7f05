package vn.hotline1022.knowledge.usage;

import vn.hotline1022.knowledge.search.VietnameseText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Keys of the usage log. Questions are compared folded (no accents, no punctuation) so a rejection meets
 * every way the same words were typed; ids are derived from the content so that sending the same use again (an
 * import re-run, the console retrying) adds nothing.
 */
final class UsageKeys {

    private UsageKeys() {
    }

    /** Words only: "Thịt heo bao nhiêu một ký?" and "thit heo  bao nhieu mot ky" are the same question. */
    static String folded(String question) {
        return VietnameseText.fold(question).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** An imported line: the same entry code, words and time (or none) is the same use. */
    static String imported(String externalId, String folded, Instant usedAt) {
        return "import-" + digest(externalId, folded, usedAt == null ? "-" : usedAt.toString());
    }

    /** A use at the desk: one entry read out on one call for one wording is counted once. */
    static String desk(String entryId, String callId, String folded) {
        return "desk-" + digest(entryId, callId == null ? "-" : callId, folded == null ? "-" : folded);
    }

    private static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
