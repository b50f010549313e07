package fi.hva.grants.followup;

import fi.hva.grants.call.Calls;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.HtmlPages;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.security.ManagerAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The managers' follow-up reports: a page with charts, and the same tables as CSV and XLSX. */
@RestController
class FollowUpController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FollowUpQueries queries;
    private final FollowUpReports reports;
    private final ReportTables tables;
    private final FollowUpCharts charts;
    private final CsvExport csv;
    private final XlsxExport xlsx;
    private final HtmlPages pages;
    private final ManagerAccess access;
    private final Calls calls;

    FollowUpController(FollowUpQueries queries, FollowUpReports reports, ReportTables tables, FollowUpCharts charts,
                              CsvExport csv, XlsxExport xlsx, HtmlPages pages, ManagerAccess access, Calls calls) {
        this.queries = queries;
        this.reports = reports;
        this.tables = tables;
        this.charts = charts;
        this.csv = csv;
        this.xlsx = xlsx;
        this.pages = pages;
        this.access = access;
        this.calls = calls;
    }

    @GetMapping("/managers/reports")
    public ResponseEntity<String> page(@RequestParam(required = false) String year, @RequestParam(required = false) String call,
                                       HttpServletRequest request) {
        HttpStatus refusal = access.refusal(request);
        if (refusal != null) {
            return ResponseEntity.status(refusal).build();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("cells", new CellText());
        model.put("calls", calls.all().stream()
                .sorted(Comparator.comparing(GrantCall::getGrantYear).reversed().thenComparing(GrantCall::getCode)).toList());
        model.put("yearParam", year == null ? "" : year);
        model.put("callParam", call == null ? "" : call);
        try {
            FollowUpQuery query = queries.parse(year, call);
            FollowUpReport report = reports.report(query);
            model.put("query", query);
            model.put("yearParam", String.valueOf(query.year()));
            model.put("tables", tables.of(report));
            model.put("charts", charts.of(report));
            model.put("csvLink", link("/managers/reports.csv", query));
            model.put("xlsxLink", link("/managers/reports.xlsx", query));
            return ResponseEntity.ok().contentType(HTML).body(pages.render("follow-up", model));
        } catch (InvalidInputException e) {
            model.put("problems", e.problems());
            return ResponseEntity.badRequest().contentType(HTML).body(pages.render("follow-up", model));
        }
    }

    @GetMapping("/managers/reports.csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String year, @RequestParam(required = false) String call,
                                      HttpServletRequest request) {
        return file(year, call, request, csv::write, CSV, "csv");
    }

    @GetMapping("/managers/reports.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String call,
                                       HttpServletRequest request) {
        return file(year, call, request, xlsx::write, XLSX, "xlsx");
    }

    private ResponseEntity<byte[]> file(String year, String call, HttpServletRequest request,
                                        Function<List<ReportTable>, byte[]> writer, MediaType type, String extension) {
        HttpStatus refusal = access.refusal(request);
        if (refusal != null) {
            return ResponseEntity.status(refusal).build();
        }
        FollowUpQuery query;
        try {
            query = queries.parse(year, call);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().contentType(TEXT).body(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        String name = "seuranta-" + query.year() + (query.call() == null ? "" : "-" + query.callCode()) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .body(writer.apply(tables.of(reports.report(query))));
    }

    private static String link(String path, FollowUpQuery query) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParam("year", query.year());
        if (query.call() != null) {
            link.queryParam("call", query.callCode());
        }
        return link.encode().build().toUriString();
    }
}
