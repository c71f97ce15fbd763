package vn.motcua.stats.dossier;

import java.util.Arrays;

/**
 * Signed counts by a {@code long} key (open addressing, linear probing): what a batch adds to each counter bucket.
 * A {@code HashMap} of bucket records spent much of the batch in hashing and collision chains; a bucket packs into
 * one long ({@link CounterBuckets#pack}), and this map neither boxes it nor allocates per entry.
 */
final class LongCounts {

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private long[] counts;
    private int size;

    LongCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        counts = new long[capacity];
        Arrays.fill(keys, FREE);
    }

    void add(long key, long by) {
        if (key == FREE) {
            throw new IllegalArgumentException("reserved key");
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == FREE) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                counts[i] = by;
                grow();
                return;
            }
        }
        counts[i] += by;
    }

    /** Calls {@code each} for every key whose count is not zero. */
    void forEachNonZero(Entry each) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE && counts[i] != 0) {
                each.accept(keys[i], counts[i]);
            }
        }
    }

    int nonZero() {
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE && counts[i] != 0) {
                n++;
            }
        }
        return n;
    }

    interface Entry {
        void accept(long key, long count);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        // MurmurHash3's 64-bit finaliser: packed keys differ in few, low bits
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
