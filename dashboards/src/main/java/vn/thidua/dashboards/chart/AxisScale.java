package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a value axis must show, shared by every panel of a chart so that they read on one scale: how far bars and
 * reference lines reach, the widest value label printed after a bar, the least it shows (100 for rates), and
 * whether only whole numbers make sense. {@link LabelRoomAxis} turns it into a range when the chart is drawn.
 */
public record AxisScale(double reach, String widestLabel, double floor, boolean integers) {

    public AxisScale {
        widestLabel = widestLabel == null ? "" : widestLabel;
    }

    /** The bars of all panels and the reference lines drawn over them, for a measure's usual axis. */
    public static AxisScale of(Collection<List<ComparisonRow>> panels, Measure measure, Double... lines) {
        double reach = Stream.concat(panels.stream().map(BarCharts::maxValue), Stream.of(lines))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        String widest = panels.stream().flatMap(List::stream)
                .flatMap(r -> Stream.of(r.previous(), r.current())).filter(Objects::nonNull)
                .map(v -> BarCharts.labelText(measure, v)).reduce("", AxisScale::longer);
        return new AxisScale(reach, widest, measure == Measure.PERCENT ? 100 : 0, measure == Measure.COUNT);
    }

    public AxisScale withFloor(double newFloor) {
        return new AxisScale(reach, widestLabel, newFloor, integers);
    }

    public AxisScale withWidestLabel(String label) {
        return new AxisScale(reach, longer(widestLabel, label), floor, integers);
    }

    public LabelRoomAxis axis(String label) {
        return new LabelRoomAxis(label, reach, widestLabel, floor, integers);
    }

    static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }
}
