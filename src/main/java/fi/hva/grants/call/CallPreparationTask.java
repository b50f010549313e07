package fi.hva.grants.call;

import static fi.hva.grants.call.CallProcessVariables.CALL_ID;

import fi.hva.grants.common.FormRows;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.process.IndexedFields;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import fi.hva.grants.process.Variables;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Valmistele avustushaku" and its "Tallenna haun tiedot": filled from the call, or from the region's
 * defaults for a new call, offering only the region's content and HYTE areas; a problem in what the
 * officer wrote keeps the task open.
 */
@Component
public class CallPreparationTask extends UserTask<CallDraft> {

    public static final String NAME = "callName";
    public static final String APPROPRIATION = "appropriation";
    public static final String MAX_GRANT = "maxGrant";
    public static final String OPENS_AT = "opensAt";
    public static final String CLOSES_AT = "closesAt";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String INSTALMENTS = "instalments";
    public static final String CONTENT_AREAS = "contentAreas";
    public static final String HYTE_AREAS = "hyteAreas";
    /** Up to eight criteria, as numbered name and weight fields. */
    public static final IndexedFields CRITERIA = new IndexedFields("criterion", List.of("Name", "Weight"), 8);
    static final String CONTENT_AREA_OPTIONS = "contentAreaOptions";
    static final String HYTE_AREA_OPTIONS = "hyteAreaOptions";
    static final List<String> FIELDS = Stream.concat(Stream.of(NAME, APPROPRIATION, MAX_GRANT, OPENS_AT,
            CLOSES_AT, REPORT_DEADLINE, INSTALMENTS, CONTENT_AREAS, HYTE_AREAS), CRITERIA.names().stream()).toList();

    private static final DateTimeFormatter FORM_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Calls calls;
    private final CallPreparation preparation;
    private final CallSummary summary;
    private final RegionProperties region;
    private final Messages messages;

    CallPreparationTask(Calls calls, CallPreparation preparation, CallSummary summary, RegionProperties region, Messages messages) {
        super(FIELDS);
        this.calls = calls;
        this.preparation = preparation;
        this.summary = summary;
        this.region = region;
        this.messages = messages;
    }

    /** The submitted fields as a draft; also how tests and the demo describe a call without a task. */
    public static CallDraft draft(Map<String, Object> submitted) {
        return new CallDraft(
                FormValues.text(submitted.get(NAME)),
                FormValues.amount(submitted.get(APPROPRIATION)),
                FormValues.amount(submitted.get(MAX_GRANT)),
                FormValues.dateTime(submitted.get(OPENS_AT)),
                FormValues.dateTime(submitted.get(CLOSES_AT)),
                FormValues.date(submitted.get(REPORT_DEADLINE)),
                FormValues.integer(submitted.get(INSTALMENTS)),
                FormRows.strings(submitted.get(CONTENT_AREAS)),
                FormRows.strings(submitted.get(HYTE_AREAS)),
                CRITERIA.rows(submitted).stream()
                        .map(row -> new CallDraft.Criterion(FormValues.text(row.get("name")), FormValues.integer(row.get("weight"))))
                        .toList());
    }

    @Override
    protected void show(DelegateTask task) {
        long callId = CALL_ID.from(task);
        GrantCall call = calls.get(callId);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put(Variables.CASE_SUMMARY, summary.of(callId));
        shown.put(CONTENT_AREA_OPTIONS, options("contentArea", region.contentAreas()));
        shown.put(HYTE_AREA_OPTIONS, options("hyteArea", region.hyteAreas()));
        TaskForms.show(task, shown);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(NAME, call.getName() != null ? call.getName()
                : messages.get("call.defaultName", messages.label("grantForm", call.getGrantType()), String.valueOf(call.getGrantYear())));
        fields.put(APPROPRIATION, formNumber(call.getAppropriation()));
        fields.put(MAX_GRANT, formNumber(call.getMaxGrant()));
        fields.put(OPENS_AT, formDateTime(call.getOpensAt()));
        fields.put(CLOSES_AT, formDateTime(call.getClosesAt()));
        fields.put(REPORT_DEADLINE, call.getReportDeadline() == null ? null : call.getReportDeadline().toString());
        fields.put(INSTALMENTS, call.getInstalments());
        fields.put(CONTENT_AREAS, TaskForms.json(call.getContentAreas().isEmpty() ? region.contentAreas() : List.copyOf(call.getContentAreas())));
        fields.put(HYTE_AREAS, TaskForms.json(call.getHyteAreas().isEmpty() ? region.hyteAreas() : List.copyOf(call.getHyteAreas())));
        fields.putAll(CRITERIA.fill(criteria(call)));
        TaskForms.prefill(task, fields);
    }

    @Override
    protected CallDraft parse(Map<String, Object> submitted) {
        return draft(submitted);
    }

    @Override
    protected void save(DelegateExecution execution, CallDraft draft) {
        preparation.describe(CALL_ID.from(execution), draft);
    }

    private List<Map<String, Object>> criteria(GrantCall call) {
        if (!call.getCriteria().isEmpty()) {
            return call.getCriteria().stream().map(c -> row(c.getName(), c.getWeight())).toList();
        }
        return region.defaultCriteria().stream().map(c -> row(c.name(), c.weight())).toList();
    }

    private static Map<String, Object> row(String name, int weight) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("weight", weight);
        return row;
    }

    private List<Map<String, String>> options(String prefix, List<String> codes) {
        return codes.stream().map(code -> Map.of("value", code, "label", messages.label(prefix, code))).toList();
    }

    /** Form number fields hold plain JSON numbers. */
    private static Double formNumber(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }

    private static String formDateTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Now.HELSINKI).format(FORM_DATE_TIME);
    }
}
