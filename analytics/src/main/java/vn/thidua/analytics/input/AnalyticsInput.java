package vn.thidua.analytics.input;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.thidua.reference.indicator.Catalogue;

/**
 * Everything one run reads (contract §3). {@code submissions} carries its metric columns under
 * {@link ColumnNames#metric(String)} so that no metric code can clash with a column of the pipeline;
 * {@code registers} its counts under {@link ColumnNames#register(String)}.
 */
public record AnalyticsInput(Dataset<Row> orgUnits, Dataset<Row> clusters, Dataset<Row> phases,
                             Dataset<Row> targets, Dataset<Row> submissions, Dataset<Row> registers,
                             Dataset<Row> movements, Catalogue catalogue, InputProperties properties) {
}
