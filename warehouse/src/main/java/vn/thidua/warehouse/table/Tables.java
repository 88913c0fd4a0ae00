package vn.thidua.warehouse.table;

import static vn.thidua.warehouse.table.Column.bool;
import static vn.thidua.warehouse.table.Column.date;
import static vn.thidua.warehouse.table.Column.float64;
import static vn.thidua.warehouse.table.Column.int32;
import static vn.thidua.warehouse.table.Column.string;

import java.util.List;

/**
 * Every published table with its columns, written once (docs/data-contracts.md §4 for the snapshot, §5 for
 * the year-end evaluation). The analytics job checks the schema it writes against these, and every reader
 * reads them by these names.
 */
public final class Tables {

    /** One row per group (unit, federation, cluster, province), indicator and phase (0 = the whole year). */
    public static final Table INDICATOR_VALUE = new Table("indicator_value", List.of(
            int32("year"), int32("phase"), string("level"), string("org_unit_code"), string("org_unit_name"),
            string("indicator_code"), float64("numerator"), float64("denominator"), float64("value"),
            int32("previous_year"), float64("previous_value"), float64("change_abs"), float64("change_pct"),
            int32("units_reporting"), int32("units_expected")),
            List.of("year", "phase"));

    /** The grassroots unions of each cluster ranked on every rate indicator, for the whole year. */
    public static final Table CLUSTER_RANKING = new Table("cluster_ranking", List.of(
            int32("year"), int32("phase"), string("cluster_code"), string("cluster_name"), string("indicator_code"),
            int32("rank"), string("org_unit_code"), string("org_unit_name"), float64("value"), int32("units_ranked")),
            List.of("year", "phase"));

    public static final Table INDICATOR = new Table("indicator", List.of(
            string("code"), string("label_vi"), string("label_en"), string("unit"), float64("scale"), string("direction")),
            List.of());

    /** Every org unit the run computed from, with the dates that decide when it was open. */
    public static final Table ORG_UNIT = new Table("org_unit", List.of(
            string("code"), string("name"), string("parent_code"), int32("level"), string("type"), string("cluster"),
            date("opened_on"), date("closed_on")), List.of());

    /** The emulation clusters (cụm, khối thi đua) of the run. */
    public static final Table CLUSTER = new Table("cluster", List.of(string("code"), string("name")), List.of());

    /** Each year's movement as documents name it: name, theme, occasion (from movements.csv). */
    public static final Table MOVEMENT = new Table("movement", List.of(int32("year"), string("name_vi"), string("theme_vi"),
            string("occasion_vi")), List.of());

    /** The phases of the two years compared, with their dates and submission deadlines (from phases.csv). */
    public static final Table PHASE = new Table("phase", List.of(int32("year"), int32("phase"), string("name"),
            date("starts_on"), date("ends_on"), date("deadline")), List.of());

    /** The snapshot's tables, in the order a run writes them. */
    public static final List<Table> SNAPSHOT = List.of(INDICATOR_VALUE, CLUSTER_RANKING, INDICATOR, ORG_UNIT, CLUSTER,
            MOVEMENT, PHASE);

    /** §5: one row per grassroots union graded. */
    public static final Table EVALUATION_RESULT = new Table("evaluation_result", List.of(
            int32("year"), string("org_unit_code"), string("org_unit_name"), string("federation_code"),
            string("federation_name"), string("cluster"), string("cluster_name"), string("unit_type"),
            bool("eligible"), string("ineligibility_reason"), bool("reported"), float64("total_points"),
            string("threshold_grade"), string("grade"), string("grade_label_vi"), bool("capped"), bool("adjusted"),
            int32("cluster_rank"), int32("cluster_size"), string("shortlist"), string("shortlist_label_vi"),
            int32("shortlist_position"), string("explanation"), string("rubric_version"), string("snapshot_id")),
            List.of());

    /** §5: one row per grassroots union and rubric criterion. */
    public static final Table EVALUATION_CRITERION = new Table("evaluation_criterion", List.of(
            int32("year"), string("org_unit_code"), string("criterion_code"), int32("content"),
            string("criterion_label_vi"), string("indicator_code"), float64("indicator_value"), float64("max_points"),
            float64("computed_points"), float64("points"), float64("share"), bool("below_top_minimum"),
            bool("adjusted"), string("adjustment_reason"), string("evidence"), string("rubric_version"),
            string("snapshot_id")),
            List.of());

    /** §5: units per grade, province-wide and per federation, for each year and basis. */
    public static final Table GRADE_DISTRIBUTION = new Table("grade_distribution", List.of(
            int32("year"), string("basis"), string("scope"), string("org_unit_code"), string("org_unit_name"),
            string("grade"), string("grade_label_vi"), int32("grade_order"), int32("units"), int32("units_graded"),
            float64("share_pct"), string("rubric_version"), string("snapshot_id")),
            List.of());

    private Tables() {
    }
}
