package vn.thidua.dashboards.federations;

import java.util.List;

import vn.thidua.dashboards.snapshot.OrgUnit;

/**
 * A district/sector federation (or the group of units directly under the province) with its grassroots
 * units and the file name of its page.
 */
public record Federation(String code, String name, String shortName, String pageFile, List<OrgUnit> units) {

    public Federation {
        units = List.copyOf(units);
    }
}
