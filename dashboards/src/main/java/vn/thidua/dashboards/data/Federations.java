package vn.thidua.dashboards.data;

import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The federations that get a page: the level-2 org units, then the province's own code for the units
 * directly under it (when there are any), each with its grassroots units in Vietnamese alphabetical order.
 */
public final class Federations {

    private Federations() {
    }

    public static List<Federation> of(DashboardData snapshot) {
        String provinceCode = snapshot.provinceCode().orElse(null);
        Map<String, List<OrgUnitRow>> unitsByParent = new LinkedHashMap<>();
        snapshot.grassrootsUnits().forEach(u ->
                unitsByParent.computeIfAbsent(Objects.toString(u.parentCode(), ""), k -> new ArrayList<>()).add(u));
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        unitsByParent.values().forEach(list -> list.sort((a, b) ->
                collator.compare(UnitNames.tidy(Objects.toString(a.name(), a.code())),
                        UnitNames.tidy(Objects.toString(b.name(), b.code())))));

        List<Federation> out = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (OrgUnitRow f : snapshot.orgUnits().values()) {
            if (f.level() != null && f.level() == 2) {
                out.add(federation(f.code(), UnitNames.tidy(Objects.toString(f.name(), f.code())), provinceCode,
                        unitsByParent.getOrDefault(f.code(), List.of()), files));
            }
        }
        List<OrgUnitRow> direct = unitsByParent.getOrDefault(Objects.toString(provinceCode, ""), List.of());
        if (provinceCode != null && !direct.isEmpty()) {
            out.add(federation(provinceCode, "Các CĐCS trực thuộc LĐLĐ tỉnh", provinceCode, direct, files));
        }
        return out;
    }

    private static Federation federation(String code, String name, String provinceCode, List<OrgUnitRow> units,
                                         Set<String> files) {
        String base = "don-vi-" + FileNames.slug(code);
        String file = base + ".html";
        for (int i = 2; !files.add(file); i++) {
            file = base + "-" + i + ".html";
        }
        return new Federation(code, name, UnitNames.shortName(code, name, provinceCode), file, units);
    }
}
