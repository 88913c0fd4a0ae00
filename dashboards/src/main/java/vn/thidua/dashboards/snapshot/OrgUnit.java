package vn.thidua.dashboards.snapshot;

/** One row of the {@code org_unit} table. Level 1 is the province, 2 federations, 3 grassroots unions. */
public record OrgUnit(String code, String name, String parentCode, Integer level, String type, String cluster) {

    public boolean isProvince() {
        return level != null && level == 1;
    }

    public boolean isGrassroots() {
        return level != null && level == 3;
    }
}
