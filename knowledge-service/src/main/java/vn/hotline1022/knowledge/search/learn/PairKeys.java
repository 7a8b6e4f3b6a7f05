package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/** Open-addressing map from a (source word, question word) pair to a slot, with the pair stored per slot. */
final class PairKeys {

    private long[] keys;
    private int[] slots;
    private int mask;
    int size;
    int[] sourceOf = new int[1 << 16];
    int[] targetOf = new int[1 << 16];

    PairKeys(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        slots = new int[capacity];
        mask = capacity - 1;
    }

    private static long key(int source, int target) {
        return ((long) (source + 2) << 32) | (target + 1L);
    }

    int get(int source, int target) {
        long key = key(source, target);
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    int add(int source, int target) {
        long key = key(source, target);
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        if (size == sourceOf.length) {
            sourceOf = Arrays.copyOf(sourceOf, size * 2);
            targetOf = Arrays.copyOf(targetOf, size * 2);
        }
        keys[i] = key;
        slots[i] = size;
        sourceOf[size] = source;
        targetOf[size] = target;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
