package vn.thidua.sampledata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The mistakes real units make, planted in the provincial inbox of the reporting year at fixed places
 * so the README and the tests can name them (file and line). The baseline year stays clean.
 * Rows are picked by position in a file and, where a value matters, by a condition on it.
 */
final class DeliberateProblems {

    /** A planted problem; {@code row} is null when it concerns the whole file. Lines are known after writing. */
    record Problem(String kind, SubmissionFile file, Row row, Supplier<String> detail) {
        String location() {
            return file.path() + (row == null ? "" : ":" + row.line);
        }
    }

    private final List<SubmissionFile> files;
    private final ProvincePlan plan;
    private final Map<String, FigureModel.UnitHistory> history;
    private final List<Problem> log = new ArrayList<>();

    private DeliberateProblems(List<SubmissionFile> files, ProvincePlan plan, Map<String, FigureModel.UnitHistory> history) {
        this.files = files;
        this.plan = plan;
        this.history = history;
    }

    /** Edits {@code files} in place (and may add the resubmission) and returns what was planted. */
    static List<Problem> apply(List<SubmissionFile> files, ProvincePlan plan, Map<String, FigureModel.UnitHistory> history) {
        DeliberateProblems p = new DeliberateProblems(files, plan, history);
        p.habits();
        p.unknownUnit();
        p.closedUnit();
        p.duplicateRow();
        p.nonNumbers();
        p.negative();
        p.participantsAboveMembers();
        p.appliedAboveRecognized();
        p.blankCells();
        p.registerGaps();
        p.trailingBlankRows();
        p.lateFiles();
        p.resubmission();
        return p.log;
    }

    /** Not errors, but what the reader must cope with: numbers typed as text, a formula per row. */
    private void habits() {
        SubmissionFile cd = file("CD", 1);
        for (Row r : cd.rows().subList(0, 12)) {
            r.set(Metric.MEMBERS, r.get(Metric.MEMBERS).toString());
        }
        for (Row r : grassroots(file("NS", 1))) {
            long people = (Long) r.get(Metric.TET_SUPPORT_RECIPIENTS);
            long amount = (Long) r.get(Metric.TET_SUPPORT_VND);
            if (people > 0) {
                r.set(Metric.TET_SUPPORT_VND, new Row.Formula("{tet_support_recipients}*" + amount / people, amount));
            }
        }
    }

    private void unknownUnit() {
        SubmissionFile f = file("BB", 1);
        Row r = new Row("BK.BB.099", "Công đoàn Trường Mầm non Hoa Ban", f.rows().get(10).cells.clone());
        f.rows().add(11, r);
        log("unknown_unit", f, r, "mã BK.BB.099 không có trong org_units.csv");
    }

    /** A union dissolved in phase 1 (31/05) still appears in its federation's phase-2 report. */
    private void closedUnit() {
        Phase first = file("CM", 1).phase();
        PlannedUnit u = plan.group("CM").units().stream()
                .filter(x -> first.contains(x.org().closedOn())).findFirst().orElseThrow();
        Row r = Row.of(u.code(), u.org().name(), history.get(u.code()).at(first).values());
        r.set(Metric.MEMBERS_ADMITTED, 0L);
        SubmissionFile f = file("CM", 2);
        int at = 0;
        while (at < f.rows().size() - 1 && f.rows().get(at).unitCode.compareTo(u.code()) < 0) {
            at++;
        }
        f.rows().add(at, r);
        log("closed_unit", f, r, () -> u.code() + " giải thể ngày " + u.org().closedOn().format(Text.DMY)
                + " nhưng vẫn có số liệu đợt 2");
    }

    private void duplicateRow() {
        SubmissionFile f = file("TT", 1);
        Row first = f.rows().get(20);
        Row copy = first.copy();
        f.rows().add(45, copy);
        log("duplicate_row", f, copy, () -> "dòng " + first.line + " (" + first.unitCode + ") lặp lại y hệt");
    }

    private void nonNumbers() {
        SubmissionFile vc = file("VC", 1);
        Row a = vc.rows().get(7);
        a.set(Metric.MEMBERS_ADMITTED, "12a");
        log("not_a_number", vc, a, a.unitCode + ": members_admitted = \"12a\"");
        SubmissionFile nr = file("NR", 2);
        Row b = nr.rows().get(15);
        b.set(Metric.HARDSHIP_SUPPORT_RECIPIENTS, "không rõ");
        log("not_a_number", nr, b, b.unitCode + ": hardship_support_recipients = \"không rõ\" (ô văn bản)");
    }

    private void negative() {
        SubmissionFile f = file("BB", 2);
        Row r = f.rows().get(12);
        r.set(Metric.MEMBERS_ADMITTED, -5L);
        log("negative", f, r, r.unitCode + ": members_admitted = -5");
    }

    /** Two digits swapped (45 typed as 54) is the usual way it happens. */
    private void participantsAboveMembers() {
        SubmissionFile f = file("GD", 1);
        Row r = f.rows().get(9);
        long members = r.number(Metric.MEMBERS);
        long swapped = members >= 10 && members < 100 ? (members % 10) * 10 + members / 10 : 0;
        long typed = swapped > members ? swapped : members + 9;
        r.set(Metric.EMULATION_REGISTERED, typed);
        log("participants_above_members", f, r, r.unitCode + ": emulation_registered " + typed + " > members " + members);
    }

    private void appliedAboveRecognized() {
        SubmissionFile f = file("YT", 2);
        Row r = firstFrom(f, 5, x -> x.number(Metric.INITIATIVES_RECOGNIZED) >= 1);
        long recognized = r.number(Metric.INITIATIVES_RECOGNIZED);
        r.set(Metric.INITIATIVES_APPLIED, recognized + 1);
        log("applied_above_recognized", f, r, r.unitCode + ": initiatives_applied " + (recognized + 1)
                + " > initiatives_recognized " + recognized);
    }

    private void blankCells() {
        blank(file("NS", 1).rows().get(4), Metric.TET_SUPPORT_RECIPIENTS, Metric.TET_SUPPORT_VND);
        blank(file("NS", 1).rows().get(17), Metric.STUDY_SESSIONS, Metric.STUDY_ATTENDANCE);
        blank(file("TP", 2).rows().get(8), Metric.HARDSHIP_SUPPORT_RECIPIENTS, Metric.HARDSHIP_SUPPORT_VND);
        log("blank_cells", file("NS", 1), file("NS", 1).rows().get(4), "ô Tết để trống: chưa báo cáo, không phải 0");
        log("blank_cells", file("NS", 1), file("NS", 1).rows().get(17), "ô học tập để trống");
        log("blank_cells", file("TP", 2), file("TP", 2).rows().get(8), "ô hỗ trợ khó khăn để trống");
    }

    private static void blank(Row r, Metric... ms) {
        for (Metric m : ms) {
            r.set(m, null);
        }
    }

    /** The submission's count of initiatives disagrees with the register the same federation sent. */
    private void registerGaps() {
        gap(file("TP", 1), +2);
        gap(file("CD", 1), -1);
        gap(file("BT", 2), +1);
        gap(file("GD", 2), -1);
    }

    private void gap(SubmissionFile f, int delta) {
        Predicate<Row> ok = delta > 0
                ? r -> r.number(Metric.INITIATIVES_REGISTERED) >= 1
                : r -> r.number(Metric.INITIATIVES_REGISTERED) > r.number(Metric.INITIATIVES_RECOGNIZED);
        Row r = firstFrom(f, 6, ok);
        long register = r.number(Metric.INITIATIVES_REGISTERED);
        r.set(Metric.INITIATIVES_REGISTERED, register + delta);
        log("register_mismatch", f, r, r.unitCode + ": initiatives_registered " + (register + delta)
                + ", sổ sáng kiến có " + register);
    }

    private void trailingBlankRows() {
        replace(file("CM", 1), 2);
        replace(file("NR", 2), 3);
    }

    private void replace(SubmissionFile f, int blanks) {
        files.set(files.indexOf(f), f.withLayout(f.layout().withTrailingBlankRows(blanks)));
        SubmissionFile g = file(f.group(), f.phase().phase());
        Row last = g.rows().get(g.rows().size() - 1);
        log("trailing_blank_rows", g, null, () -> blanks + " dòng trống cuối file, sau dòng " + last.line);
    }

    private void lateFiles() {
        for (SubmissionFile f : List.copyOf(files)) {
            if (f.late()) {
                log("late_file", f, null, "nhận " + f.stamp().toLocalDate().format(Text.DMY) + ", hạn "
                        + f.phase().deadline().format(Text.DMY));
            }
        }
    }

    /**
     * Bạch Thông sends its phase-1 report, then a "bổ sung" file four days later: three corrected
     * units, four rows repeated unchanged, and one unit missing from the first file. Units not in the
     * second file keep their first figures, so a correction replaces per unit, not per file.
     */
    private void resubmission() {
        SubmissionFile original = file("BT", 1);
        List<Row> rows = original.rows();
        List<Integer> taken = new ArrayList<>();
        int c1 = index(original, 3, r -> r.number(Metric.MEMBERS_ADMITTED) >= 1, taken);
        int c2 = index(original, 14, r -> r.number(Metric.INITIATIVES_REGISTERED) >= 1, taken);
        int c3 = index(original, 24, r -> r.number(Metric.TET_SUPPORT_VND) > 0, taken);
        List<Integer> same = new ArrayList<>();
        for (int from : List.of(5, 6, 20, 33)) {
            same.add(index(original, from, r -> true, taken));
        }
        int added = index(original, 40, r -> true, taken);

        LocalDate sent = original.stamp().toLocalDate().plusDays(4);
        String path = original.path().replace(original.stamp().toLocalDate().toString(), sent.toString())
                .replace(".csv", "_bo-sung.csv");
        SubmissionFile fix = new SubmissionFile(original.group(), path, original.phase(), original.layout(),
                new ArrayList<>(), false, original.author(), LocalDateTime.of(sent, LocalTime.of(8, 0)));
        List<Row> corrected = new ArrayList<>();
        for (int i : List.of(c1, c2, c3)) {
            corrected.add(rows.get(i).copy());
        }
        Row a = rows.get(c1);
        a.set(Metric.MEMBERS_ADMITTED, a.number(Metric.MEMBERS_ADMITTED) * 10);
        Row b = rows.get(c2);
        for (Metric m : List.of(Metric.INITIATIVES_REGISTERED, Metric.INITIATIVES_RECOGNIZED, Metric.INITIATIVES_APPLIED,
                Metric.INITIATIVE_BENEFIT_VND)) {
            b.set(m, 0L);
        }
        Row c = rows.get(c3);
        c.set(Metric.TET_SUPPORT_VND, c.number(Metric.TET_SUPPORT_VND) / 10);

        fix.rows().addAll(corrected);
        same.forEach(i -> fix.rows().add(rows.get(i).copy()));
        Row addedRow = rows.remove(added);
        fix.rows().add(addedRow);
        fix.rows().sort(Comparator.comparing(r -> r.unitCode));
        files.add(files.indexOf(original) + 1, fix);

        log("resubmission", fix, null, "bổ sung/sửa số liệu đợt 1 của LĐLĐ huyện Bạch Thông (gửi "
                + sent.format(Text.DMY) + ", trong hạn)");
        String[] what = {"members_admitted", "initiatives_* và giá trị làm lợi", "tet_support_vnd"};
        Row[] wrong = {a, b, c};
        for (int k = 0; k < 3; k++) {
            Row fixed = corrected.get(k);
            Row bad = wrong[k];
            String w = what[k];
            log("resubmission_correction", fix, fixed, () -> fixed.unitCode + ": sửa " + w + " (file gốc dòng " + bad.line + ")");
        }
        log("resubmission_added", fix, addedRow, () -> addedRow.unitCode + ": không có trong file gốc");
    }

    private int index(SubmissionFile f, int from, Predicate<Row> ok, List<Integer> taken) {
        for (int i = from; i < f.rows().size() - 1; i++) {
            if (!taken.contains(i) && ok.test(f.rows().get(i))) {
                taken.add(i);
                return i;
            }
        }
        throw new IllegalStateException("no row for a planted problem in " + f.path());
    }

    private Row firstFrom(SubmissionFile f, int from, Predicate<Row> ok) {
        return f.rows().get(index(f, from, ok, new ArrayList<>()));
    }

    private static List<Row> grassroots(SubmissionFile f) {
        return f.rows().stream().filter(r -> r.unitCode.split("\\.").length == 3).toList();
    }

    private SubmissionFile file(String group, int phase) {
        return files.stream().filter(f -> f.group().equals(group) && f.phase().phase() == phase
                && !f.path().contains("_bo-sung")).findFirst().orElseThrow();
    }

    private void log(String kind, SubmissionFile f, Row r, String detail) {
        log.add(new Problem(kind, f, r, () -> detail));
    }

    private void log(String kind, SubmissionFile f, Row r, Supplier<String> detail) {
        log.add(new Problem(kind, f, r, detail));
    }
}
