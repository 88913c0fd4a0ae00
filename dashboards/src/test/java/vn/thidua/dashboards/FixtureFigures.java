package vn.thidua.dashboards;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Plausible figures for one indicator at one level, org unit and phase: {2024, 2023}. Each pair has its
 * own seed, so adding an indicator or a unit never changes the figures of the others.
 */
final class FixtureFigures {

    /** {2024, 2023} for an indicator; {@code size} is how many grassroots units the row stands for. */
    double[] pair(String code, String level, String org, int phase, int size) {
        // SplittableRandom, not Random: Random's first draw hardly differs between neighbouring seeds
        SplittableRandom r = new SplittableRandom(Objects.hash(code, level, org, phase));
        if (code.endsWith("_achievement")) {
            double low = phase == 0 ? 78 : 38;
            return rate(r, low, low + (phase == 0 ? 55 : 32), 999);
        }
        return switch (code) {
            case "reporting_completeness" -> rate(r, 84, 100, 100);
            case "reporting_timeliness" -> rate(r, 62, 99, 100);
            case "recognition_rate" -> rate(r, 55, 85, 100);
            case "application_rate" -> rate(r, 60, 90, 100);
            case "tet_coverage" -> rate(r, 86, 100, 100);
            case "initiatives_per_100_members" -> rate(r, 3, 9, 100);
            case "members" -> count(r, 45.0 * size);
            case "members_admitted" -> count(r, perPhase(2.3, phase) * size);
            case "initiatives_registered" -> count(r, perPhase(1.0, phase) * size);
            case "initiatives_recognized" -> count(r, perPhase(0.65, phase) * size);
            case "initiatives_applied" -> count(r, perPhase(0.5, phase) * size);
            case "initiative_benefit_vnd" -> money(r, perPhase(6_000_000, phase) * size);
            case "tet_support_vnd" -> money(r, (phase == 1 ? 14_000_000.0 : phase == 2 ? 1_200_000.0 : 15_200_000.0) * size);
            case "hardship_support_vnd" -> money(r, perPhase(2_500_000, phase) * size);
            case "hardship_support_recipients" -> count(r, perPhase(0.9, phase) * size);
            case "union_shelters" -> count(r, perPhase(0.02, phase) * size);
            case "dialogues_held" -> count(r, perPhase(0.8, phase) * size);
            case "collective_agreements" -> count(r, perPhase(0.25, phase) * size);
            case "cadres_trained" -> count(r, perPhase(1.5, phase) * size);
            case "unions_founded" -> count(r, perPhase(0.03, phase) * size);
            case "unions_dissolved" -> count(r, perPhase(0.01, phase) * size);
            case "study_sessions" -> count(r, perPhase(2, phase) * size);
            case "study_attendance" -> count(r, perPhase(40, phase) * size);
            default -> rate(r, 66, 98, 100); // the participation rates
        };
    }

    /** NS.003 never reported in 2024; every eleventh unit or so missed phase 2. */
    boolean unitMissing(String unitCode, int phase) {
        if (unitCode.equals("NS.003")) {
            return true;
        }
        return phase == 2 && Math.floorMod(unitCode.hashCode(), 11) == 0;
    }

    private static double perPhase(double base, int phase) {
        return phase == 0 ? base * 2 : base;
    }

    private static double[] rate(SplittableRandom r, double low, double high, double cap) {
        double current = low + r.nextDouble() * (high - low);
        double previous = Math.max(0, Math.min(cap, current - (high - low) * 0.2 + r.nextDouble() * (high - low) * 0.3));
        return new double[] {round1(current), round1(previous)};
    }

    private static double[] count(SplittableRandom r, double mean) {
        double current = Math.round(mean * (0.7 + r.nextDouble() * 0.6));
        double previous = Math.round(current * (0.82 + r.nextDouble() * 0.3));
        return new double[] {current, previous};
    }

    private static double[] money(SplittableRandom r, double mean) {
        double current = Math.round(mean * (0.7 + r.nextDouble() * 0.6) / 100_000) * 100_000.0;
        double previous = Math.round(current * (0.82 + r.nextDouble() * 0.3) / 100_000) * 100_000.0;
        return new double[] {current, previous};
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
