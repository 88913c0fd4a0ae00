package vn.thidua.sampledata;

import java.util.List;

/**
 * How one inbox file looks: its format, header wording and extra columns. Each federation keeps
 * its own habits, which is what the ingestion has to cope with.
 *
 * @param titles            XLSX title rows above the table
 * @param groupHeader       XLSX: a row of merged group headings ("Sáng kiến", ...) above the header
 * @param stt               XLSX: a leading "STT" (row number) column, as every Vietnamese form has
 * @param totalRow          XLSX: a "Tổng cộng" row under the data with a SUM formula (no unit code)
 * @param trailingBlankRows empty rows left at the end of the file
 */
record Layout(Format format, Headers headers, boolean yearPhase, boolean nameFirst, List<Metric> metrics,
              List<String> titles, boolean groupHeader, boolean stt, boolean totalRow, int trailingBlankRows) {

    enum Format {
        /** UTF-8 with BOM, comma, plain numbers (1234567). */
        CSV_PLAIN("csv"),
        /** UTF-8 with BOM, semicolon, Vietnamese numbers (1.234.567) — Excel with Vietnamese regional settings. */
        CSV_VN("csv"),
        XLSX("xlsx");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    enum Headers {
        LABEL, UPPER, ALIAS, CODE, UNACCENTED;

        String unitCode() {
            return text("Mã đơn vị", "unit_code");
        }

        String unitName() {
            return text("Tên đơn vị", "unit_name");
        }

        String year() {
            return text("Năm", "year");
        }

        String phase() {
            return text("Đợt", "phase");
        }

        String metric(Metric m) {
            return this == ALIAS ? m.aliases.get(0) : text(m.labelVi, m.code());
        }

        private String text(String vi, String code) {
            return switch (this) {
                case LABEL, ALIAS -> vi;
                case UPPER -> Text.upper(vi);
                case CODE -> code;
                case UNACCENTED -> Text.unaccent(vi);
            };
        }
    }

    static Layout csv(Format format, Headers headers, boolean yearPhase, List<Metric> metrics) {
        return new Layout(format, headers, yearPhase, false, metrics, List.of(), false, false, false, 0);
    }

    Layout withTrailingBlankRows(int n) {
        return new Layout(format, headers, yearPhase, nameFirst, metrics, titles, groupHeader, stt, totalRow, n);
    }

    /** Header texts in column order (XLSX adds "STT" in front when {@link #stt}). */
    List<String> headerTexts() {
        List<String> h = new java.util.ArrayList<>();
        if (nameFirst) {
            h.add(headers.unitName());
            h.add(headers.unitCode());
        } else {
            h.add(headers.unitCode());
            h.add(headers.unitName());
        }
        if (yearPhase) {
            h.add(headers.year());
            h.add(headers.phase());
        }
        metrics.forEach(m -> h.add(headers.metric(m)));
        return h;
    }

    /**
     * Cells of a row in column order: code/name, optional year/phase, then the metrics. Year and
     * phase are Integers, which writers never format as Vietnamese numbers (2024, not 2.024).
     */
    List<Object> cells(Row row, Phase phase) {
        List<Object> c = new java.util.ArrayList<>();
        if (nameFirst) {
            c.add(row.unitName);
            c.add(row.unitCode);
        } else {
            c.add(row.unitCode);
            c.add(row.unitName);
        }
        if (yearPhase) {
            c.add(phase.year());
            c.add(phase.phase());
        }
        metrics.forEach(m -> c.add(row.get(m)));
        return c;
    }

    int firstMetricColumn() {
        return 2 + (yearPhase ? 2 : 0);
    }
}
