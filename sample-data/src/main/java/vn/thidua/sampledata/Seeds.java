package vn.thidua.sampledata;

import java.util.SplittableRandom;

/**
 * Derives an independent random stream from the run seed and a name (a unit code, a purpose).
 * Figures then depend only on (seed, unit), not on the order units are visited, so the provincial
 * set and the streamed national set use the same model. String.hashCode is specified by the JLS,
 * so the streams are the same on every JVM.
 */
final class Seeds {
    private Seeds() {}

    static SplittableRandom rng(long seed, Object... parts) {
        long h = seed;
        for (Object part : parts) {
            h = mix(h * 31 + String.valueOf(part).hashCode());
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole 64-bit space. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static double between(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** Poisson draw: Knuth's method for small means, a rounded normal for large ones. */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            double g = rng.nextGaussian();
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * g));
        }
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    static <T> T pick(SplittableRandom rng, java.util.List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }
}
