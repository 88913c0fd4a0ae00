package vn.thidua.evaluation.rubric;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import vn.thidua.warehouse.Grade;

/**
 * Reads and checks a rubric file (format: evaluation/README.md). Every rule is checked here, before any
 * unit is scored: the points must add up to {@code total_points}, thresholds must decrease, every
 * shortlist must name a grade, and so on.
 */
public final class RubricLoader {

    private RubricLoader() {
    }

    public static Rubric load(Path file) {
        if (!Files.isRegularFile(file)) {
            // each year is graded by its own rubric: the usual case is a new year before anyone wrote one
            throw new RubricException("Chưa có bộ tiêu chí đánh giá " + file.getFileName() + " trong " + file.getParent()
                    + ": mỗi năm cần bộ tiêu chí riêng — chép bộ tiêu chí năm trước thành tệp này, sửa year, version"
                    + " và các mốc ngày, rồi chạy lại. / No rubric " + file + " for this year.");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // SafeConstructor: plain maps, lists and scalars only; a rubric cannot instantiate classes.
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return parse(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được bộ tiêu chí / cannot read the rubric " + file, e);
        } catch (YAMLException e) {
            throw new RubricException("Bộ tiêu chí " + file + " không đúng cú pháp YAML / invalid YAML: "
                    + e.getMessage(), e);
        } catch (RubricException e) {
            throw new RubricException(e.getMessage() + " (" + file + ")", e);
        }
    }

    /** A rubric from YAML text (tests, or a rubric kept elsewhere than in a file). */
    public static Rubric fromYaml(String yaml) {
        try {
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
        } catch (YAMLException e) {
            throw new RubricException("Bộ tiêu chí không đúng cú pháp YAML / invalid YAML: " + e.getMessage(), e);
        }
    }

    static Rubric parse(Object document) {
        YamlNode root = new YamlNode("", document);
        root.allowOnly("version", "year", "title_vi", "total_points", "contents", "criteria", "grades",
                "not_reported", "eligibility", "ranking", "cap", "shortlists");
        int year = root.integer("year");
        BigDecimal total = root.decimal("total_points");
        List<Criterion> criteria = criteria(root);
        BigDecimal sum = criteria.stream().map(Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw YamlNode.error("criteria", "tổng điểm các tiêu chí là " + sum.toPlainString() + ", phải bằng total_points "
                    + total.toPlainString() + " / the criteria's points must add up to total_points");
        }
        return new Rubric(root.string("version"), year, root.string("title_vi", "Đánh giá, xếp loại CĐCS năm " + year),
                total, contents(root), criteria, grades(root), eligibility(root, year), ranking(root), cap(root),
                shortlists(root));
    }

    private static Map<Integer, String> contents(YamlNode root) {
        Map<Integer, String> out = new TreeMap<>();
        if (root.has("contents")) {
            root.map("contents").forEach((k, v) -> out.put(Integer.valueOf(String.valueOf(k).trim()), String.valueOf(v)));
        }
        return out;
    }

    private static List<Criterion> criteria(YamlNode root) {
        List<Criterion> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<?> items = root.list("criteria");
        for (int i = 0; i < items.size(); i++) {
            YamlNode c = new YamlNode("criteria[" + i + "]", items.get(i));
            c.allowOnly("code", "content", "label_vi", "indicator", "points", "scoring");
            String code = c.string("code");
            if (!codes.add(code) || code.equalsIgnoreCase("grade")) {
                throw YamlNode.error(c.where("code"), "mã tiêu chí trùng hoặc dành riêng / duplicate or reserved code " + code);
            }
            int content = c.integer("content");
            if (content < 1 || content > 5) {
                throw YamlNode.error(c.where("content"), "nội dung phải từ 1 đến 5 / content must be 1–5");
            }
            BigDecimal points = c.decimal("points");
            if (points.signum() <= 0) {
                throw YamlNode.error(c.where("points"), "điểm phải dương / points must be positive");
            }
            out.add(new Criterion(code, content, c.string("label_vi"), c.string("indicator"), points,
                    scoring(c.node("scoring"), points)));
        }
        if (out.isEmpty()) {
            throw YamlNode.error("criteria", "cần ít nhất một tiêu chí / at least one criterion");
        }
        return out;
    }

    private static Scoring scoring(YamlNode s, BigDecimal maxPoints) {
        String type = s.string("type").toLowerCase(Locale.ROOT);
        try {
            return switch (type) {
                case "linear" -> {
                    s.allowOnly("type", "zero_at", "full_at");
                    yield new LinearScoring(s.decimal("zero_at").doubleValue(), s.decimal("full_at").doubleValue());
                }
                case "thresholds" -> {
                    s.allowOnly("type", "steps");
                    List<ThresholdScoring.Step> steps = new ArrayList<>();
                    List<?> items = s.list("steps");
                    for (int i = 0; i < items.size(); i++) {
                        YamlNode step = new YamlNode(s.where("steps[" + i + "]"), items.get(i));
                        step.allowOnly("from", "points");
                        BigDecimal p = step.decimal("points");
                        if (p.signum() < 0 || p.compareTo(maxPoints) > 0) {
                            throw YamlNode.error(step.where("points"), "phải từ 0 đến điểm của tiêu chí / must be 0..points");
                        }
                        steps.add(new ThresholdScoring.Step(step.decimal("from").doubleValue(), p));
                    }
                    yield new ThresholdScoring(steps);
                }
                default -> throw YamlNode.error(s.where("type"), "chỉ có linear hoặc thresholds / linear or thresholds");
            };
        } catch (RubricException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw YamlNode.error(s.where("type"), e.getMessage());
        }
    }

    private static GradeRules grades(YamlNode root) {
        YamlNode g = root.node("grades");
        g.allowOnly("xuat_sac", "tot", "hoan_thanh");
        YamlNode top = g.node("xuat_sac");
        top.allowOnly("min_points", "min_criterion_share");
        YamlNode good = g.node("tot");
        good.allowOnly("min_points");
        YamlNode pass = g.node("hoan_thanh");
        pass.allowOnly("min_points");
        BigDecimal share = top.has("min_criterion_share") ? top.decimal("min_criterion_share") : BigDecimal.ZERO;
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw YamlNode.error(top.where("min_criterion_share"), "phải từ 0 đến 1 / must be 0..1");
        }
        try {
            Grade notReported = Grade.fromCode(root.string("not_reported", Grade.KHONG_BAO_CAO.code()));
            return new GradeRules(top.decimal("min_points"), share, good.decimal("min_points"),
                    pass.decimal("min_points"), notReported);
        } catch (IllegalArgumentException e) {
            throw YamlNode.error("grades", e.getMessage());
        }
    }

    private static EligibilityRules eligibility(YamlNode root, int year) {
        YamlNode e = root.node("eligibility");
        e.allowOnly("min_months_open", "min_months_after_reorganisation", "as_of");
        LocalDate asOf = e.has("as_of") ? e.date("as_of") : LocalDate.of(year, 12, 31);
        return new EligibilityRules(e.integer("min_months_open"), e.integer("min_months_after_reorganisation"), asOf);
    }

    private static List<RankKey> ranking(YamlNode root) {
        List<RankKey> keys = new ArrayList<>();
        if (root.has("ranking")) {
            YamlNode r = root.node("ranking");
            r.allowOnly("order");
            for (Object item : r.list("order")) {
                String[] parts = String.valueOf(item).trim().split("\\s+");
                boolean desc = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
                if (parts.length > 2 || (parts.length == 2 && !desc && !parts[1].equalsIgnoreCase("asc"))) {
                    throw YamlNode.error("ranking.order", "mỗi khóa là '<tên> asc|desc' / each key is '<name> asc|desc': " + item);
                }
                keys.add(new RankKey(parts[0], desc));
            }
        } else {
            keys.add(new RankKey(RankKey.TOTAL, true));
        }
        // The unit code last makes the order total: two units never share a rank, whatever the data.
        if (keys.stream().noneMatch(k -> k.key().equals(RankKey.CODE))) {
            keys.add(new RankKey(RankKey.CODE, false));
        }
        return keys;
    }

    private static Optional<CapRule> cap(YamlNode root) {
        if (!root.has("cap")) {
            return Optional.empty();
        }
        YamlNode c = root.node("cap");
        c.allowOnly("max_share_top_per_cluster");
        BigDecimal share = c.decimal("max_share_top_per_cluster");
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw YamlNode.error(c.where("max_share_top_per_cluster"), "phải từ 0 đến 1 / must be 0..1");
        }
        return Optional.of(new CapRule(share));
    }

    private static List<ShortlistRule> shortlists(YamlNode root) {
        List<ShortlistRule> out = new ArrayList<>();
        if (!root.has("shortlists")) {
            return out;
        }
        Set<String> codes = new HashSet<>();
        List<?> items = root.list("shortlists");
        for (int i = 0; i < items.size(); i++) {
            YamlNode s = new YamlNode("shortlists[" + i + "]", items.get(i));
            s.allowOnly("code", "label_vi", "scope", "count", "min_grade");
            String code = s.string("code");
            if (!codes.add(code)) {
                throw YamlNode.error(s.where("code"), "trùng mã / duplicate code " + code);
            }
            ShortlistRule.Scope scope;
            try {
                scope = ShortlistRule.Scope.valueOf(s.string("scope").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw YamlNode.error(s.where("scope"), "chỉ có cluster, federation hoặc province");
            }
            Grade min;
            try {
                min = Grade.fromCode(s.string("min_grade"));
            } catch (IllegalArgumentException e) {
                throw YamlNode.error(s.where("min_grade"), e.getMessage());
            }
            if (!min.isGrade()) {
                throw YamlNode.error(s.where("min_grade"), "phải là một trong bốn mức xếp loại / must be one of the four grades");
            }
            int count = s.integer("count");
            if (count < 0) {
                throw YamlNode.error(s.where("count"), "không được âm / must not be negative");
            }
            out.add(new ShortlistRule(code, s.string("label_vi", code), scope, count, min));
        }
        return out;
    }
}
