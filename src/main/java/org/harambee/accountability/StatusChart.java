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
    private static final int LABEL_WIDTH = 330;
    private static final int LABEL_MAX = 44;
    private static final int BAR_WIDTH = 440;
    private static final int ROW = 26;

    private StatusChart() {
    }

    static String svg(String title, List<TrackerDashboard.Row> rows, Map<TrackStatus, String> statusLabels) {
        long most = rows.stream().mapToLong(TrackerDashboard.Row::total).max().orElse(1);
        int height = rows.size() * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"status-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(LABEL_WIDTH + BAR_WIDTH + 60).append(' ').append(height).append("\" aria-label=\"")
                .append(escape(title)).append("\">");
        int y = 4;
        for (TrackerDashboard.Row row : rows) {
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1a1a\"><title>").append(escape(row.label()))
                    .append("</title>").append(escape(shortened(row.label()))).append("</text>");
            double x = LABEL_WIDTH;
            for (TrackStatus status : TrackStatus.values()) {
                long count = row.counts().getOrDefault(status, 0L);
                if (count == 0) {
                    continue;
                }
                double width = BAR_WIDTH * (double) count / most;
                svg.append("<rect x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", x)).append("\" y=\"")
                        .append(y + 3).append("\" width=\"").append(String.format(java.util.Locale.ROOT, "%.1f", width))
                        .append("\" height=\"18\" fill=\"").append(COLOURS.get(status)).append("\"><title>")
                        .append(escape(statusLabels.get(status) + ": " + count)).append("</title></rect>");
                x += width;
            }
            svg.append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", x + 6)).append("\" y=\"")
                    .append(y + 16).append("\" font-size=\"12\" fill=\"#333\">").append(row.total()).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1).strip() + "…";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
