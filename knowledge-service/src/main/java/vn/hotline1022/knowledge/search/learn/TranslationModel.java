package vn.hotline1022.knowledge.search.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned word-translation table T(question word | answer word) and the blend that uses it. Sparse and
 * immutable: per question word, a slice of {@code sources}/{@code probabilities} (primitive arrays, no boxing).
 * Serialised to a compact binary form so every replica loads the same model from the store.
 */
public final class TranslationModel {

    private static final int MAGIC = 0x48544D31; // "HTM1"
    private static final int PLAIN_BIT = 0x40;

    private final String[] sourceWords;
    private final String[] targets;
    private final int[] start;
    private final int[] sources;
    private final float[] probabilities;
    private final Blend blend;
    private final Map<String, Integer> targetIndex;

    TranslationModel(String[] sourceWords, String[] targets, int[] start, int[] sources, float[] probabilities,
                     Blend blend) {
        this.sourceWords = sourceWords;
        this.targets = targets;
        this.start = start;
        this.sources = sources;
        this.probabilities = probabilities;
        this.blend = blend;
        this.targetIndex = new HashMap<>(targets.length * 2);
        for (int i = 0; i < targets.length; i++) {
            targetIndex.put(targets[i], i);
        }
    }

    public Blend blend() {
        return blend;
    }

    public TranslationModel withBlend(Blend other) {
        return new TranslationModel(sourceWords, targets, start, sources, probabilities, other);
    }

    /** Number of (question word, answer word) translations kept. */
    public int translations() {
        return sources.length;
    }

    public int questionWords() {
        return targets.length;
    }

    int column(String target) {
        Integer i = targetIndex.get(target);
        return i == null ? -1 : i;
    }

    int columnStart(int column) {
        return start[column];
    }

    int columnEnd(int column) {
        return start[column + 1];
    }

    int source(int k) {
        return sources[k];
    }

    float probability(int k) {
        return probabilities[k];
    }

    String[] sourceWords() {
        return sourceWords;
    }

    /** T(target | source), 0 when not kept; for tests and inspection. */
    public double probability(String target, String source) {
        int column = column(target);
        if (column < 0) {
            return 0;
        }
        for (int k = start[column]; k < start[column + 1]; k++) {
            if (sourceWords[sources[k]].equals(source)) {
                return probabilities[k];
            }
        }
        return 0;
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeDouble(blend.translation());
                out.writeDouble(blend.smoothing());
                out.writeDouble(blend.weight());
                out.writeInt(blend.depth());
                // the lexical side rides in the mode byte (bit 6): a model with the engine's score is stored as before
                out.writeByte(blend.mode().ordinal() | (blend.lexical() == Blend.Lexical.PLAIN ? PLAIN_BIT : 0));
                out.writeDouble(blend.bigrams());
                out.writeInt(sourceWords.length);
                for (String w : sourceWords) {
                    out.writeUTF(w);
                }
                out.writeInt(targets.length);
                for (int i = 0; i < targets.length; i++) {
                    out.writeUTF(targets[i]);
                    out.writeInt(start[i + 1] - start[i]);
                    for (int k = start[i]; k < start[i + 1]; k++) {
                        out.writeInt(sources[k]);
                        out.writeFloat(probabilities[k]);
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TranslationModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a translation model");
            }
            double translation = in.readDouble();
            double smoothing = in.readDouble();
            double weight = in.readDouble();
            int depth = in.readInt();
            int mode = in.readByte();
            Blend blend = new Blend(translation, smoothing, weight, depth, Blend.Mode.values()[mode & ~PLAIN_BIT],
                    in.readDouble(), (mode & PLAIN_BIT) != 0 ? Blend.Lexical.PLAIN : Blend.Lexical.ENGINE);
            String[] sourceWords = new String[in.readInt()];
            for (int i = 0; i < sourceWords.length; i++) {
                sourceWords[i] = in.readUTF();
            }
            String[] targets = new String[in.readInt()];
            int[] start = new int[targets.length + 1];
            int[] sources = new int[1024];
            float[] probabilities = new float[1024];
            int n = 0;
            for (int i = 0; i < targets.length; i++) {
                targets[i] = in.readUTF();
                int count = in.readInt();
                if (n + count > sources.length) {
                    int capacity = Math.max(n + count, sources.length * 2);
                    sources = java.util.Arrays.copyOf(sources, capacity);
                    probabilities = java.util.Arrays.copyOf(probabilities, capacity);
                }
                for (int k = 0; k < count; k++) {
                    sources[n] = in.readInt();
                    probabilities[n++] = in.readFloat();
                }
                start[i + 1] = n;
            }
            return new TranslationModel(sourceWords, targets, start, java.util.Arrays.copyOf(sources, n),
                    java.util.Arrays.copyOf(probabilities, n), blend);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable translation model", e);
        }
    }

    /** Heap the model holds once loaded (arrays and words), for the learning status. */
    public long bytes() {
        long words = 0;
        for (String w : sourceWords) {
            words += 40 + w.length();
        }
        for (String w : targets) {
            words += 80 + w.length();
        }
        return words + 8L * sources.length + 4L * start.length;
    }
}
