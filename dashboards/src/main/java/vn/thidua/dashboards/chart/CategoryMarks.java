package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;

import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import java.util.Map;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A mark across each category's bars at a value of its own (a federation's target, its official share last year):
 * a second dataset drawn over the bars, on the same axis. Value labels are moved clear of these marks as of the
 * reference lines ({@link MissingAwareBarRenderer}).
 */
public final class CategoryMarks {

    private CategoryMarks() {
    }

    /** @param values by category key; a category without one gets no mark */
    public static void add(CategoryPlot plot, List<ComparisonRow> rows, String series, Map<?, Double> values, Paint paint,
                           Stroke stroke) {
        DefaultCategoryDataset marks = new DefaultCategoryDataset();
        rows.forEach(r -> marks.addValue(values.get(r.key()), series, r.key()));
        LevelRenderer renderer = new LevelRenderer();
        // colours chosen here, not by the theme (which would otherwise replace them when the chart is styled)
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(0, paint);
        renderer.setSeriesStroke(0, stroke);
        renderer.setDefaultItemLabelsVisible(false);
        plot.setDataset(1, marks);
        plot.setRenderer(1, renderer);
        plot.mapDatasetToRangeAxis(1, 0);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the marks over the bars
    }
}
