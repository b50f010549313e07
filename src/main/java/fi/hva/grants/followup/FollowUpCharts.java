package fi.hva.grants.followup;

import fi.hva.grants.common.Messages;
import fi.hva.grants.followup.BarChart.Bar;
import fi.hva.grants.followup.FollowUpReport.Breakdown;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The charts of the report page: granted euros by area and euros per resident by municipality. */
@Component
class FollowUpCharts {

    private final Messages messages;

    FollowUpCharts(Messages messages) {
        this.messages = messages;
    }

    /** Chart title → SVG, in the order the page shows them. */
    public Map<String, String> of(FollowUpReport report) {
        Map<String, String> charts = new LinkedHashMap<>();
        chart(charts, "followup.chart.byContentArea", breakdownBars(report.byContentArea()));
        chart(charts, "followup.chart.byHyteArea", breakdownBars(report.byHyteArea()));
        chart(charts, "followup.chart.eurosPerResident", report.perMunicipality().stream()
                .filter(m -> m.eurosPerResident() != null)
                .map(m -> new Bar(m.name(), m.eurosPerResident(), Messages.euros(m.eurosPerResident())))
                .toList());
        return charts;
    }

    private void chart(Map<String, String> charts, String titleKey, List<Bar> bars) {
        String title = messages.get(titleKey);
        charts.put(title, BarChart.svg(title, bars));
    }

    private static List<Bar> breakdownBars(List<Breakdown> rows) {
        return rows.stream().filter(b -> Objects.nonNull(b.grantedSum()))
                .map(b -> new Bar(b.label(), b.grantedSum(), Messages.euros(b.grantedSum())))
                .filter(bar -> bar.value().compareTo(BigDecimal.ZERO) >= 0)
                .toList();
    }
}
