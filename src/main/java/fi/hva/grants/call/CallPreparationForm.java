package fi.hva.grants.call;

import static fi.hva.grants.call.CallFormFields.*;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills "Valmistele avustushaku" from the call, or from the region's defaults for a new call, and
 * offers only the region's content and HYTE areas.
 */
@Component
public class CallPreparationForm implements TaskListener {

    private static final DateTimeFormatter FORM_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Calls calls;
    private final CallSummary summary;
    private final RegionProperties region;
    private final Messages messages;

    public CallPreparationForm(Calls calls, CallSummary summary, RegionProperties region, Messages messages) {
        this.calls = calls;
        this.summary = summary;
        this.region = region;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public void notify(DelegateTask task) {
        Object callId = task.getVariable(Variables.CALL_ID);
        GrantCall call = calls.get(callId);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put(Variables.CASE_SUMMARY, summary.of(callId));
        shown.put(CONTENT_AREA_OPTIONS, options("contentArea", region.contentAreas()));
        shown.put(HYTE_AREA_OPTIONS, options("hyteArea", region.hyteAreas()));
        TaskForms.show(task, shown);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(NAME, call.getName() != null ? call.getName()
                : messages.get("call.defaultName", messages.label("grantForm", call.getGrantForm()), String.valueOf(call.getGrantYear())));
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
