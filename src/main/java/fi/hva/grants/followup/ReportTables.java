package fi.hva.grants.followup;

import fi.hva.grants.common.Messages;
import fi.hva.grants.followup.FollowUpReport.ApplicationStages;
import fi.hva.grants.followup.FollowUpReport.Breakdown;
import fi.hva.grants.followup.FollowUpReport.Durations;
import fi.hva.grants.followup.FollowUpReport.Municipality;
import fi.hva.grants.grant.DecisionStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lays a report out as the tables every format shows, with Finnish headings from the bundle. */
@Component
class ReportTables {

    private final Messages messages;

    ReportTables(Messages messages) {
        this.messages = messages;
    }

    public List<ReportTable> of(FollowUpReport report) {
        var o = report.outcomes();
        String scope = report.callCode() == null ? messages.get("followup.scope.allCalls") : report.callCode();
        List<ReportTable> tables = new ArrayList<>();
        tables.add(table("outcomes", "followup.table.outcomes",
                List.of("year", "call", "received", "granted", "declined", "notExamined", "undecided", "requested", "grantedSum"),
                List.of(row(String.valueOf(report.year()), scope, o.received(), o.granted(), o.declined(), o.notExamined(),
                        o.undecided(), o.requested(), o.grantedSum()))));
        tables.add(breakdown("byGrantForm", "followup.table.byGrantForm", "grantForm", report.byGrantForm()));
        tables.add(breakdown("byContentArea", "followup.table.byContentArea", "contentArea", report.byContentArea()));
        tables.add(breakdown("byHyteArea", "followup.table.byHyteArea", "hyteArea", report.byHyteArea()));
        List<List<Object>> municipalities = new ArrayList<>(report.perMunicipality().stream().map(ReportTables::municipality).toList());
        municipalities.add(municipality(report.regionTotal()));
        tables.add(table("perMunicipality", "followup.table.perMunicipality",
                List.of("municipality", "residents", "grants", "grantedSum", "eurosPerResident"), municipalities));
        tables.add(table("durations", "followup.table.durations",
                List.of("interval", "count", "average", "median", "shortest", "longest"),
                List.of(durations(messages.get("followup.interval.submissionToDecision"), report.submissionToDecision()),
                        durations(messages.get("followup.interval.decisionToPayment"), report.decisionToPayment()))));
        tables.add(table("decisionStages", "followup.table.decisionStages",
                List.of("application", "association", "requested", "proposed", "proposedBy", "proposedAt", "adjusted",
                        "adjustedBy", "adjustedAt", "decided", "boardDecision", "decidedBy", "decidedAt"),
                report.decisionStages().stream().map(this::stages).toList()));
        if (report.premises() != null) {
            tables.add(table("premises", "followup.table.premises", List.of("premisesLet", "premisesCost"),
                    List.of(row(report.premises().granted(), report.premises().cost()))));
        }
        tables.add(table("sources", "followup.table.sources", List.of("source", "referenceDate"),
                List.of(row(report.populationSource(), Messages.DATE.format(report.populationDate())))));
        return tables;
    }

    private ReportTable breakdown(String id, String titleKey, String firstColumn, List<Breakdown> rows) {
        return table(id, titleKey, List.of(firstColumn, "applications", "granted", "requested", "grantedSum"),
                rows.stream().map(b -> row(b.label(), b.applications(), b.granted(), b.requested(), b.grantedSum())).toList());
    }

    /** Each stage as its amount, who recorded it and when; a step not taken leaves its cells empty. */
    private List<Object> stages(ApplicationStages a) {
        List<Object> row = new ArrayList<>(row(a.applicationNumber(), a.associationName(), a.requested()));
        row.addAll(stage(a.stages().review(), false));
        row.addAll(stage(a.stages().adjustment(), false));
        row.addAll(stage(a.stages().board(), true));
        return row;
    }

    private List<Object> stage(DecisionStage stage, boolean board) {
        List<Object> cells = new ArrayList<>();
        cells.add(stage == null ? null : stage.getAmount());
        if (board) {
            cells.add(stage == null ? null : messages.label("followup.stage", stage.getKind()));
        }
        cells.add(stage == null ? null : stage.getRecordedBy());
        cells.add(stage == null ? null : Messages.DATE_TIME.format(stage.getRecordedAt()));
        return cells;
    }

    private static List<Object> municipality(Municipality m) {
        return row(m.name(), m.residents(), m.grants(), m.grantedSum(), m.eurosPerResident());
    }

    private static List<Object> durations(String interval, Durations d) {
        return row(interval, (long) d.count(), d.average(), d.median(), d.shortest(), d.longest());
    }

    private ReportTable table(String id, String titleKey, List<String> columns, List<List<Object>> rows) {
        return new ReportTable(id, messages.get(titleKey),
                columns.stream().map(c -> messages.get("followup.column." + c)).toList(), rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
