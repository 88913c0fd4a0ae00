package vn.thidua.sampledata;

import java.util.List;

/**
 * The units whose reports arrive in one file: a level-2 federation's grassroots unions, or the
 * grassroots unions directly under the province ({@code federation == null}).
 *
 * @param key     short key used by the inbox schedule ("BB", "TT", "D03")
 * @param slug    file-name slug ("ldld-ba-be")
 * @param titleVi upper-case heading of the unit that sends the file, used as the XLSX title row
 */
record ReportingGroup(String key, String slug, OrgUnit federation, String titleVi, List<PlannedUnit> units) {

    boolean hasFederationRow() {
        return federation != null;
    }
}
