package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.ClusterNames;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every federation page looks up per grassroots union, indexed once for the whole site: the units' whole-year
 * figures of a few indicators, their reporting per phase and the clusters' names. Indexing per federation instead
 * would scan every unit of the province once per federation (a national snapshot has ~130,000).
 */
public record UnitLookups(Map<String, Map<String, IndicatorValueRow>> yearValues, ReportingIndex reporting,
                          Map<String, String> clusterNames) {

    public UnitLookups {
        yearValues = Map.copyOf(yearValues);
        clusterNames = Map.copyOf(clusterNames);
    }

    public static UnitLookups of(DashboardData snapshot, int year, Collection<String> indicatorCodes) {
        Map<String, Map<String, IndicatorValueRow>> values = new LinkedHashMap<>();
        indicatorCodes.forEach(code -> values.put(code,
                snapshot.byOrgUnit(code, Level.UNIT, IndicatorValueRow.WHOLE_YEAR)));
        return new UnitLookups(values, ReportingIndex.of(snapshot, year), ClusterNames.of(snapshot));
    }

    /** A unit's whole-year row of an indicator; null when it has none (or the indicator was not indexed). */
    public IndicatorValueRow value(String indicatorCode, String unitCode) {
        return yearValues.getOrDefault(indicatorCode, Map.of()).get(unitCode);
    }

    /** The whole-year rows of one indexed indicator, by unit code. */
    public Map<String, IndicatorValueRow> values(String indicatorCode) {
        return yearValues.getOrDefault(indicatorCode, Map.of());
    }
}
