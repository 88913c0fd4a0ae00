package vn.thidua.dashboards.site;

import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.manifest.Manifest;

/**
 * What every page shares: the head with inline CSS (no CDN, nothing fetched: the site opens from a USB
 * stick or an intranet share alike), and the footer naming the snapshot the figures come from.
 * No script at all: nothing can fail in the browser's console.
 */
public final class PageLayout {

    static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font-family:"DejaVu Sans",Arial,"Segoe UI",sans-serif;color:#212121;background:#f5f6f8;line-height:1.5}
            .wrap{max-width:960px;margin:0 auto;padding:16px}
            header,section,footer,nav{background:#fff;border-radius:6px;padding:16px 20px;margin-bottom:16px}
            h1{font-size:1.5rem;margin:0 0 4px;color:#1F5FA8}
            h2{font-size:1.2rem;margin:0 0 12px}
            h3{font-size:1.05rem;margin:0 0 8px}
            a{color:#1F5FA8}
            .sub{margin:0;color:#555}
            nav ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px}
            ul.key{margin:0;padding-left:1.2em}
            ul.key li{margin:6px 0}
            ul.fed{margin:0;padding:0;list-style:none;columns:2 260px;column-gap:24px}
            ul.fed li{margin:4px 0;break-inside:avoid}
            .muted{color:#666}
            figure{margin:0 0 32px}
            figure img{display:block;width:100%;height:auto;border:1px solid #e0e0e0}
            figcaption{color:#444;margin-top:6px}
            ul.comment{margin:8px 0 0;padding-left:1.2em}
            .missing{color:#8a6d3b;background:#fcf8e3;padding:8px 12px;border-radius:4px}
            details{margin-top:6px}
            summary{cursor:pointer;color:#1F5FA8}
            .table{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:6px}
            th,td{border-bottom:1px solid #e5e5e5;padding:4px 8px;text-align:right;white-space:nowrap;vertical-align:top}
            thead th{background:#f0f3f7;white-space:normal}
            th:first-child,td:first-child,td.text{text-align:left;white-space:normal}
            tbody th{font-weight:normal;min-width:12em}
            td.text{white-space:normal;min-width:14em}
            footer{color:#555;font-size:.9rem;overflow-wrap:anywhere}
            .phone-only{display:none}
            .attention{margin:8px 0 0;padding:6px 10px;border-radius:4px;background:#fdecea;color:#8a1c1c}
            ul.cards{list-style:none;margin:0 0 8px;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:10px}
            .card{border:1px solid #e1e6ee;border-radius:6px;padding:10px 12px;background:#fbfcfe}
            .card p{margin:0}
            .card-label{font-size:.85rem;color:#444;line-height:1.3}
            .card-value{font-size:1.6rem;font-weight:bold;color:#1F5FA8;line-height:1.35}
            .card-value.na{font-size:1rem;color:#8a6d3b;font-weight:normal}
            .card-change{font-size:.85rem;color:#444}
            .card-change.better{color:#2E7D32}
            .card-change.worse{color:#C62828}
            .card-rank{font-size:.85rem;margin-top:4px}
            .card-province{font-size:.85rem;color:#444}
            .alert{background:#fdecea;border-radius:4px;padding:8px 12px;margin-bottom:12px}
            .alert p{margin:0}
            .phases{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px}
            .phase{border:1px solid #e1e6ee;border-radius:6px;padding:10px 12px}
            .phase p{margin:4px 0}
            h4{font-size:.95rem;margin:8px 0 0;color:#C62828}
            ul.names{margin:4px 0 8px;padding-left:1.2em}
            .ok{color:#2E7D32}
            table.grades td{white-space:normal}
            table.grades th:first-child{min-width:9em}
            table.units{font-size:.85rem}
            table.units thead th{position:sticky;top:0;z-index:1;font-size:.8rem;line-height:1.25;vertical-align:bottom;text-align:right}
            table.units thead th:first-child{text-align:left}
            table.units tr.group th{background:#e8eef6;color:#1F5FA8;font-weight:bold;text-align:left;white-space:normal;padding:6px 8px}
            table.units tbody th[scope=row]{min-width:11em;font-weight:normal}
            table.units td{padding:4px 6px;font-variant-numeric:tabular-nums}
            table.units td.text{min-width:6.5em;white-space:normal;text-align:left}
            table.units td.na{white-space:normal;color:#8a6d3b;font-size:.8rem;min-width:4.5em}
            .count{font-weight:normal;color:#555}
            table.units td.more{display:none}
            dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:6px 0}
            dt{color:#555}
            dd{margin:0}
            @media (max-width:600px){
            .wrap{padding:8px}header,section,footer,nav{padding:12px}h1{font-size:1.25rem}
            .phone-only{display:block}
            ul.cards{grid-template-columns:1fr 1fr;gap:8px}
            .card{padding:8px}
            .card-value{font-size:1.3rem}
            table.units,table.units tbody{display:block}
            table.units thead{display:none}
            table.units tr{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:4px 8px;padding:8px 0;border-bottom:1px solid #e5e5e5}
            table.units tr.group{display:block;padding:0;border:0}
            table.units tr.group th{display:block;margin-top:8px}
            table.units tbody th[scope=row]{grid-column:1/-1;min-width:0;border:0;padding:0;font-weight:bold}
            table.units td{display:none;border:0;padding:0;text-align:left;white-space:normal}
            table.units td.key{display:block}
            table.units td.key::before{content:attr(data-label);display:block;font-size:.75rem;color:#666}
            table.units td.more{display:block;grid-column:1/-1}
            table.units td.text{min-width:0}
            table.grades{font-size:.8rem}
            table.grades th,table.grades td{padding:4px}
            table.grades th:first-child{min-width:0}
            table.grades .share{display:block}
            }
            """;

    private PageLayout() {
    }

    static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main class=\"wrap\">\n");
    }

    static void footer(StringBuilder h, String snapshotId, Manifest manifest) {
        h.append("<footer>\nBản số liệu ").append(Html.escape(snapshotId));
        if (manifest.createdAt() != null) {
            h.append(" · tạo lúc ").append(VietnameseFormat.dateTime(Manifest.inVietnam(manifest.createdAt())));
        }
        String cutoff = vn.thidua.dashboards.text.Sentences.dataCutoff(manifest);
        if (cutoff != null) {
            h.append(" · số liệu tính đến tệp báo cáo nhận ").append(Html.escape(cutoff));
        }
        if (manifest.catalogueVersion() != null) {
            h.append(" · danh mục chỉ tiêu ").append(Html.escape(manifest.catalogueVersion()));
        }
        h.append("\n</footer>\n</main>\n</body>\n</html>\n");
    }

    static void sentences(StringBuilder h, java.util.List<String> sentences, String cssClass) {
        h.append("<ul class=\"").append(cssClass).append("\">\n");
        sentences.forEach(s -> h.append("<li>").append(Html.escape(s)).append("</li>\n"));
        h.append("</ul>\n");
    }
}
