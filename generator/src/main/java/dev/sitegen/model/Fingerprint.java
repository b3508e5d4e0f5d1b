package dev.sitegen.model;

/**
 * A 64-bit hash of a sequence of values, for telling whether an output's inputs changed since the
 * last build. Not cryptographic: a collision would need two different inputs of one file to meet
 * in 2^64, which at a site's few hundred thousand files is negligible.
 */
public final class Fingerprint {

    private static final long PRIME = 0x100000001b3L;
    private long h = 0xcbf29ce484222325L;

    public Fingerprint add(String s) {
        long x = h;
        for (int i = 0; i < s.length(); i++) {
            x = (x ^ s.charAt(i)) * PRIME;
        }
        // The length separates ("ab","c") from ("a","bc").
        h = (x ^ s.length()) * PRIME;
        return this;
    }

    public Fingerprint add(long v) {
        h = (h ^ mix(v)) * PRIME;
        return this;
    }

    public long value() {
        return mix(h);
    }

    /** MurmurHash3's finaliser: spreads every input bit over the whole result. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    public static long of(String s) {
        return new Fingerprint().add(s).value();
    }
}
