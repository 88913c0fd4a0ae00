package vn.thidua.warehouse.snapshot;

import java.time.LocalDate;

/**
 * One row of {@code org_unit}: every unit the run computed from, with the dates that decide when it was
 * open. {@code level}: 1 province, 2 district/city federation or sector union, 3 grassroots union.
 */
public record OrgUnitRow(String code, String name, String parentCode, Integer level, String type, String cluster,
                         LocalDate openedOn, LocalDate closedOn) {

    public boolean isGrassroots() {
        return level != null && level == 3;
    }

    public boolean isProvince() {
        return level != null && level == 1;
    }

    /** Open at some time between two dates (both included): founded by the end, not dissolved before the start. */
    public boolean openBetween(LocalDate start, LocalDate end) {
        return (openedOn == null || !openedOn.isAfter(end)) && (closedOn == null || !closedOn.isBefore(start));
    }

    public Object[] cells() {
        return new Object[] {code, name, parentCode, level, type, cluster, openedOn, closedOn};
    }
}
