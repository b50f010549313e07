package fi.hva.grants.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart as inline SVG, drawn on the server: no script, no CDN, and readable by a
 * screen reader through its title and the value written at the end of each bar.
 */
final class BarChart {

    record Bar(String label, BigDecimal value, String valueText) {
    }

    private static final int LABEL_WIDTH = 500;
    private static final int BAR_WIDTH = 360;
    private static final int VALUE_WIDTH = 120;
    private static final int ROW_HEIGHT = 22;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = ROW_HEIGHT * Math.max(bars.size(), 1) + 8;
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\"><title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW_HEIGHT + 4;
            int length = max.signum() == 0 ? 0
                    : bar.value().multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(length).append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"#1f6fb2\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 14).append("\">")
                    .append(escape(bar.valueText())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
