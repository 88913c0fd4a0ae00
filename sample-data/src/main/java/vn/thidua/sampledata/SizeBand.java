package vn.thidua.sampledata;

import java.util.SplittableRandom;

/**
 * The plausible member range of a kind of unit (a commune school is small, a hospital large).
 * {@code skew} > 1 pulls draws towards {@code min}: most enterprises are small, a few are big.
 */
record SizeBand(int min, int max, double skew) {

    int draw(SplittableRandom rng) {
        return min + (int) Math.round((max - min) * Math.pow(rng.nextDouble(), skew));
    }

    int clamp(long members) {
        return (int) Math.max(min, Math.min(max, members));
    }
}
