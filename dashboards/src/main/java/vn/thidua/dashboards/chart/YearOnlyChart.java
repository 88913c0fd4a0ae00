package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.PhaseNames;

import java.util.List;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.title.TextTitle;

/**
 * The whole-year panel alone of a chart drawn by {@link PhasePanels} (Đợt 1 | Đợt 2 | Cả năm), for a phone:
 * three panels side by side on a 390-pixel screen leave each bar a few pixels and its label unreadable.
 * The chart is copied (JFreeChart charts are cloneable), never changed: the page keeps its three panels.
 */
public final class YearOnlyChart {

    private YearOnlyChart() {
    }

    /**
     * @param subtitle the copy's subtitle (it no longer shows the phases)
     * @return empty when the chart is not made of phase panels, or has the year's panel only already
     */
    public static Optional<JFreeChart> of(JFreeChart chart, String subtitle) {
        if (!(chart.getPlot() instanceof CombinedDomainCategoryPlot combined) || combined.getSubplots().size() < 2
                || yearPanel(combined.getSubplots()) < 0) {
            return Optional.empty();
        }
        JFreeChart copy;
        try {
            copy = (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            return Optional.empty(); // the page then shows the three panels on a phone too
        }
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) copy.getPlot();
        List<CategoryPlot> panels = List.copyOf(plot.getSubplots());
        int keep = yearPanel(panels);
        for (int i = 0; i < panels.size(); i++) {
            if (i != keep) {
                plot.remove(panels.get(i));
            }
        }
        if (copy.getSubtitleCount() > 0 && copy.getSubtitle(0) instanceof TextTitle sub) {
            sub.setText(subtitle);
        }
        return Optional.of(copy);
    }

    /** The panel whose value axis is named "Cả năm", as {@link PhasePanels} names it; -1 when none is. */
    private static int yearPanel(List<CategoryPlot> panels) {
        String year = PhaseNames.of(0);
        for (int i = 0; i < panels.size(); i++) {
            if (panels.get(i).getRangeAxis() != null && year.equals(panels.get(i).getRangeAxis().getLabel())) {
                return i;
            }
        }
        return -1;
    }
}
