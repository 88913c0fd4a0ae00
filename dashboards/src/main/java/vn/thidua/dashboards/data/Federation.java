package vn.thidua.dashboards.data;

import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.util.List;

/**
 * A district/sector federation (or the group of units directly under the province) with its grassroots
 * units and the file name of its page.
 */
public record Federation(String code, String name, String shortName, String pageFile, List<OrgUnitRow> units) {

    public Federation {
        units = List.copyOf(units);
    }
}
