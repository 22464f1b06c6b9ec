package org.harambee.accountability;

import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A server-rendered SVG chart of where recommendations stand: one horizontal bar a row (an issue area, a right),
 * split by status, each part with its number as a tooltip, so it needs no script; the page gives the same numbers
 * as a table. Colours differ in lightness as well as hue and are labelled in a legend.
 */
final class StatusChart {

    static final Map<TrackStatus, String> COLOURS = Map.of(TrackStatus.NOBODY, "#d9d9d9",
            TrackStatus.NOT_ASSESSED, "#9fb3c8", TrackStatus.NOT_IMPLEMENTED, "#b23b3b",
            TrackStatus.PARTIALLY_IMPLEMENTED, "#e0a030", TrackStatus.IMPLEMENTED, "#2e7d4f",
            TrackStatus.REGRESSED, "#5b2a86");
    /** The drawing's width: each row's label stands above its bar, so the chart keeps its size on a phone. */
    private static final int WIDTH = 400;
    private static final int BAR_WIDTH = 350;
    private static final int LABEL_MAX = 52;
    private static final int ROW = 40;

    private StatusChart() {
    }

    static String svg(String title, List<TrackerDashboard.Row> rows, Map<TrackStatus, String> statusLabels) {
        long most = Math.max(1, rows.stream().mapToLong(TrackerDashboard.Row::total).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"status-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(rows.size() * ROW + 4).append("\" aria-label=\"")
                .append(escape(title)).append("\">");
        int y = 0;
        for (TrackerDashboard.Row row : rows) {
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"13\" fill=\"#1a1a1a\"><title>")
                    .append(escape(row.label())).append("</title>").append(escape(shortened(row.label())))
                    .append("</text>");
            double x = 0;
            for (TrackStatus status : TrackStatus.values()) {
                long count = row.count(status);
                if (count == 0) {
                    continue;
                }
                double width = BAR_WIDTH * (double) count / most;
                svg.append("<rect x=\"").append(decimal(x)).append("\" y=\"").append(y + 19).append("\" width=\"")
                        .append(decimal(width)).append("\" height=\"16\" fill=\"").append(COLOURS.get(status))
                        .append("\"><title>").append(escape(statusLabels.get(status) + ": " + count))
                        .append("</title></rect>");
                x += width;
            }
            svg.append("<text x=\"").append(decimal(x + 5)).append("\" y=\"").append(y + 32)
                    .append("\" font-size=\"12\" fill=\"#333\">").append(row.total()).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String decimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1).strip() + "…";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
