package vn.thidua.dashboards.site;

import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.TableCell;

import java.util.List;

/** A data table as HTML: the first column names the row; text cells left, figures right. */
public final class TableHtml {

    private TableHtml() {
    }

    static void append(StringBuilder h, DataTable t) {
        h.append("<div class=\"table\"><table>\n<thead><tr>");
        t.headers().forEach(x -> h.append("<th scope=\"col\">").append(Html.escape(x)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<TableCell> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                TableCell cell = row.get(i);
                if (i == 0) {
                    h.append("<th scope=\"row\">").append(Html.escape(cell.text())).append("</th>");
                } else {
                    h.append(cell.isNumber() || cell.text().equals(TableCell.NO_CHANGE) ? "<td>" : "<td class=\"text\">")
                            .append(Html.escape(cell.text())).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
    }
}
