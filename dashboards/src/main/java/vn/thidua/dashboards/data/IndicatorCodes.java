package vn.thidua.dashboards.data;

import vn.thidua.dashboards.dataset.Labels;

/**
 * The indicator codes (from {@code indicators.csv}) this dashboard draws. Labels are never written
 * here: they come from the snapshot's {@code indicator.label_vi}, so the federation can rename them.
 */
public final class IndicatorCodes {

    public static final String PARTICIPATION_RATE = "participation_rate";
    public static final String GOOD_CREATIVE_LABOUR_RATE = "good_creative_labour_rate";
    public static final String GOOD_ADVICE_SERVICE_RATE = "good_advice_service_rate";
    public static final String PROVINCIAL_MOVEMENTS_RATE = "provincial_movements_rate";
    public static final String MEMBERS = "members";
    public static final String MEMBERS_ADMITTED = "members_admitted";
    public static final String INITIATIVES_REGISTERED = "initiatives_registered";
    public static final String INITIATIVES_RECOGNIZED = "initiatives_recognized";
    public static final String INITIATIVES_APPLIED = "initiatives_applied";
    public static final String INITIATIVE_BENEFIT_VND = "initiative_benefit_vnd";
    public static final String INITIATIVES_PER_100_MEMBERS = "initiatives_per_100_members";
    public static final String RECOGNITION_RATE = "recognition_rate";
    public static final String APPLICATION_RATE = "application_rate";
    public static final String TET_COVERAGE = "tet_coverage";
    public static final String TET_SUPPORT_VND = "tet_support_vnd";
    public static final String HARDSHIP_SUPPORT_RECIPIENTS = "hardship_support_recipients";
    public static final String HARDSHIP_SUPPORT_VND = "hardship_support_vnd";
    public static final String UNION_SHELTERS = "union_shelters";
    public static final String DIALOGUES_HELD = "dialogues_held";
    public static final String COLLECTIVE_AGREEMENTS = "collective_agreements";
    public static final String CADRES_TRAINED = "cadres_trained";
    public static final String UNIONS_FOUNDED = "unions_founded";
    public static final String UNIONS_DISSOLVED = "unions_dissolved";
    public static final String STUDY_SESSIONS = "study_sessions";
    public static final String STUDY_ATTENDANCE = "study_attendance";
    public static final String MEMBERS_ADMITTED_ACHIEVEMENT = "members_admitted_achievement";
    public static final String INITIATIVES_ACHIEVEMENT = "initiatives_achievement";
    public static final String UNIONS_FOUNDED_ACHIEVEMENT = "unions_founded_achievement";
    public static final String MEMBERS_ADMITTED_TARGET_MET = "members_admitted_target_met";
    public static final String INITIATIVES_TARGET_MET = "initiatives_target_met";
    public static final String INITIATIVES_REGISTERED_REGISTER = "initiatives_registered_register";
    public static final String INITIATIVES_REGISTERED_GAP = "initiatives_registered_gap";
    public static final String INITIATIVES_RECOGNIZED_GAP = "initiatives_recognized_gap";
    public static final String INITIATIVES_APPLIED_GAP = "initiatives_applied_gap";
    public static final String REPORTING_COMPLETENESS = "reporting_completeness";
    public static final String REPORTING_TIMELINESS = "reporting_timeliness";

    private IndicatorCodes() {
    }
}
