package vn.thidua.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The "true" figures of every unit in every phase. Each unit has a profile (size, participation,
 * propensity to innovate...) and evolves over the four phases, so the figures are correlated: a
 * bigger unit admits more members, registers more initiatives and pays more Tết support; the reporting
 * year is a little better than the baseline (+2–5 points participation, about +10 % initiatives and
 * admissions).
 * Every cross-field rule of rules.csv holds here; breaking them is DeliberateProblems' job.
 */
final class FigureModel {

    /** Figures of one unit in one phase: values in {@link Metric} order (null = not reported) and initiatives. */
    record PhaseFigures(Long[] values, List<Initiative> initiatives) {
        long get(Metric m) {
            return values[m.ordinal()];
        }
    }

    /** A unit's figures in {@link Years#phases()} order; null where the unit was not open. */
    record UnitHistory(PlannedUnit unit, Years years, PhaseFigures[] phases) {
        PhaseFigures at(Phase p) {
            return phases[years.index(p)];
        }
    }

    private record Profile(int startMembers, double participation, double creative, double advice, double movements,
                           double propensity, double admitRate, double leaveRate, double workerRatio, long tetPerPerson,
                           double dialogueChance, double agreementChance) {}

    private static final double SHELTER_CHANCE = 0.012;

    private final long seed;
    private final double initiativesPerMember;
    private final Years years;
    private final List<Phase> phases;

    /**
     * @param initiativesPerMember yearly initiatives per member on top of a base of 0.25 per unit;
     *                             the national set uses more to reach about a million initiatives
     */
    FigureModel(long seed, double initiativesPerMember, Years years) {
        this.seed = seed;
        this.initiativesPerMember = initiativesPerMember;
        this.years = years;
        this.phases = years.phases();
    }

    private double yearFactor(int year) {
        return year == years.reporting() ? 1.1 : 1.0;
    }

    private Profile profile(PlannedUnit u) {
        SplittableRandom r = Seeds.rng(seed, u.code(), "profile");
        boolean ent = u.org().enterprise();
        return new Profile(u.band().draw(r),
                Seeds.between(r, 0.70, 0.93),
                Seeds.between(r, 0.45, 0.85),
                ent ? Seeds.between(r, 0.02, 0.25) : Seeds.between(r, 0.50, 0.90),
                Seeds.between(r, 0.55, 0.95),
                Seeds.between(r, 0.5, 1.5),
                ent ? Seeds.between(r, 0.08, 0.25) : Seeds.between(r, 0.02, 0.08),
                ent ? Seeds.between(r, 0.05, 0.20) : Seeds.between(r, 0.01, 0.06),
                ent ? Seeds.between(r, 0.05, 0.35) : 0,
                ent ? Seeds.pick(r, List.of(500_000L, 500_000L, 1_000_000L, 1_500_000L))
                        : Seeds.pick(r, List.of(300_000L, 500_000L, 500_000L, 500_000L)),
                ent ? 0.7 : 0.45,
                ent ? 0.18 : 0.0);
    }

    UnitHistory simulate(PlannedUnit u) {
        Profile p = profile(u);
        SplittableRandom r = Seeds.rng(seed, u.code(), "figures");
        OrgUnit org = u.org();
        double reportingGain = Seeds.between(r, 0.02, 0.05);
        int members = p.startMembers();
        PhaseFigures[] out = new PhaseFigures[phases.size()];
        for (Phase ph : phases) {
            if (!org.openDuring(ph)) {
                continue;
            }
            boolean founding = ph.contains(org.openedOn());
            double share = ph.share();
            double yf = yearFactor(ph.year());
            double gain = ph.year() == years.reporting() ? reportingGain : 0;
            Long[] v = new Long[Metric.COUNT];

            long admitted = Seeds.poisson(r, members * p.admitRate() * share * yf);
            if (founding) {
                // The founding members are the first admissions.
                members = u.band().clamp(Math.round(p.startMembers() * Seeds.between(r, 0.4, 0.8)));
                admitted += members;
            } else {
                long left = Seeds.poisson(r, members * p.leaveRate() * share);
                members = u.band().clamp(members + admitted - left);
            }
            long workers = org.enterprise() ? Math.round(members * p.workerRatio() * Seeds.between(r, 0.8, 1.2))
                    : (r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(3));
            set(v, Metric.MEMBERS, members);
            set(v, Metric.WORKERS, workers);
            set(v, Metric.MEMBERS_ADMITTED, admitted);
            set(v, Metric.EMULATION_REGISTERED, share(r, members, Math.min(0.98, p.participation() + gain)));
            set(v, Metric.PARTICIPANTS_GOOD_CREATIVE_LABOUR, share(r, members, p.creative() + gain / 2));
            set(v, Metric.PARTICIPANTS_GOOD_ADVICE_SERVICE, share(r, members, p.advice() + gain / 2));
            set(v, Metric.PARTICIPANTS_PROVINCIAL_MOVEMENTS, share(r, members, p.movements() + gain / 2));

            List<Initiative> initiatives = initiatives(r, u, ph, members, p, yf);
            set(v, Metric.INITIATIVES_REGISTERED, initiatives.size());
            set(v, Metric.INITIATIVES_RECOGNIZED, initiatives.stream().filter(Initiative::recognized).count());
            set(v, Metric.INITIATIVES_APPLIED, initiatives.stream().filter(Initiative::applied).count());
            set(v, Metric.INITIATIVE_BENEFIT_VND, initiatives.stream().filter(Initiative::applied)
                    .mapToLong(Initiative::benefitVnd).sum());

            long sessions = 1 + Seeds.poisson(r, 5 * share);
            set(v, Metric.STUDY_SESSIONS, sessions);
            set(v, Metric.STUDY_ATTENDANCE, Math.round(sessions * members * Seeds.between(r, 0.7, 0.98)));

            // Tết support is paid before Tết, in January or February: phase 1 (in the default set Quý
            // Mão 22/01/2023, Giáp Thìn 10/02/2024). A few units pay early for the next Tết (Ất Tỵ,
            // 29/01/2025) in December: a small phase-2 figure.
            long workforce = members + workers;
            long tet = ph.phase() == 1 ? Math.round(workforce * Seeds.between(r, 0.75, 1.0))
                    : r.nextDouble() < 0.06 ? Math.round(workforce * Seeds.between(r, 0.05, 0.2)) : 0;
            set(v, Metric.TET_SUPPORT_RECIPIENTS, tet);
            set(v, Metric.TET_SUPPORT_VND, tet * p.tetPerPerson());

            int hardship = (int) Math.min(workforce, Seeds.poisson(r, members * 0.03 * share));
            long hardshipVnd = 0;
            for (int i = 0; i < hardship; i++) {
                hardshipVnd += Seeds.pick(r, List.of(500_000L, 1_000_000L, 1_000_000L, 2_000_000L, 3_000_000L));
            }
            set(v, Metric.HARDSHIP_SUPPORT_RECIPIENTS, hardship);
            set(v, Metric.HARDSHIP_SUPPORT_VND, hardshipVnd);
            set(v, Metric.UNION_SHELTERS, r.nextDouble() < SHELTER_CHANCE ? 1 : 0);
            set(v, Metric.DIALOGUES_HELD, r.nextDouble() < p.dialogueChance() ? 1 + (r.nextDouble() < 0.1 ? 1 : 0) : 0);
            set(v, Metric.COLLECTIVE_AGREEMENTS, r.nextDouble() < p.agreementChance() ? 1 : 0);
            out[years.index(ph)] = new PhaseFigures(v, initiatives);
        }
        return new UnitHistory(u, years, out);
    }

    private List<Initiative> initiatives(SplittableRandom r, PlannedUnit u, Phase ph, int members, Profile p, double yf) {
        int n = Seeds.poisson(r, (0.25 + members * initiativesPerMember) * p.propensity() * ph.share() * yf);
        // Dates are drawn in the default set's calendar and moved after sorting, so another year gets the
        // same days (a 29/02 becoming 28/02 keeps its place in the register).
        LocalDate from = years.unshift(u.org().openedOn().isAfter(ph.startsOn()) ? u.org().openedOn() : ph.startsOn());
        LocalDate to = years.unshift(u.org().closedOn() != null && u.org().closedOn().isBefore(ph.endsOn())
                ? u.org().closedOn() : ph.endsOn());
        List<Initiative> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate on = from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
            double s = r.nextDouble();
            Initiative.Status status = s < 0.35 ? Initiative.Status.REGISTERED
                    : s < 0.65 ? Initiative.Status.RECOGNIZED : Initiative.Status.APPLIED;
            String level = "";
            Long benefit = null;
            if (status != Initiative.Status.REGISTERED) {
                double l = r.nextDouble();
                level = l < 0.70 ? "Cơ sở" : l < 0.90 ? "Huyện" : l < 0.99 ? "Tỉnh" : "Toàn quốc";
            }
            if (status == Initiative.Status.APPLIED) {
                double lo = u.org().enterprise() ? 10e6 : 2e6;
                double hi = u.org().enterprise() ? 300e6 : 30e6;
                benefit = Math.round(Seeds.between(r, lo, hi) / 100_000) * 100_000;
            }
            list.add(new Initiative(u.code(), i + 1, on, status, level, benefit));
        }
        list.sort(java.util.Comparator.comparing(Initiative::registeredOn).thenComparing(Initiative::seq));
        list.replaceAll(i -> i.withRegisteredOn(years.shift(i.registeredOn())));
        return list;
    }

    /**
     * The level-2 federation's own row: unions founded and dissolved in its group during the phase
     * (so it agrees with org_units.csv) and cadres trained. Every other cell is blank.
     */
    Long[] federationRow(ReportingGroup g, Phase ph) {
        SplittableRandom r = Seeds.rng(seed, g.federation().code(), "federation", years.seedYear(ph.year()), ph.phase());
        Long[] v = new Long[Metric.COUNT];
        long founded = g.units().stream().filter(u -> ph.contains(u.org().openedOn())).count();
        long dissolved = g.units().stream().filter(u -> ph.contains(u.org().closedOn())).count();
        set(v, Metric.UNIONS_FOUNDED, founded);
        set(v, Metric.UNIONS_DISSOLVED, dissolved);
        set(v, Metric.CADRES_TRAINED, Math.round(g.units().size() * Seeds.between(r, 0.6, 1.6) * ph.share()
                * yearFactor(ph.year())));
        return v;
    }

    /** Yearly target of a grassroots union, near what its profile makes likely (achievement around 100 %). */
    long target(PlannedUnit u, int year, Metric m) {
        Profile p = profile(u);
        SplittableRandom r = Seeds.rng(seed, u.code(), "target", years.seedYear(year), m.code());
        double expected = switch (m) {
            case MEMBERS_ADMITTED -> p.startMembers() * p.admitRate() * yearFactor(year);
            case INITIATIVES_REGISTERED -> (0.25 + p.startMembers() * initiativesPerMember) * p.propensity() * yearFactor(year);
            default -> throw new IllegalArgumentException("no target for " + m);
        };
        return Math.max(1, Math.round(expected * Seeds.between(r, 0.85, 1.2)));
    }

    /** Yearly union-founding target of a level-2 federation: 1–3 for a territorial one, 1 for a sector union. */
    long foundingTarget(ReportingGroup g, int year) {
        SplittableRandom r = Seeds.rng(seed, g.federation().code(), "founding-target", years.seedYear(year));
        return g.federation().type().equals("lien_doan") ? 1 + r.nextInt(3) : 1;
    }

    private static long share(SplittableRandom r, long members, double rate) {
        return Math.min(members, Math.round(members * Math.min(1.0, rate * Seeds.between(r, 0.97, 1.03))));
    }

    private static void set(Long[] v, Metric m, long value) {
        v[m.ordinal()] = value;
    }
}
