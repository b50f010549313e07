package fi.hva.grants.demo;

import static fi.hva.grants.call.CallApprovalTask.*;
import static fi.hva.grants.call.CallPreparationTask.*;
import static fi.hva.grants.call.InitializeCallDelegate.*;

import fi.hva.grants.common.GrantType;
import fi.hva.grants.demo.DemoData.CallStage;
import fi.hva.grants.demo.DemoData.DemoCall;
import fi.hva.grants.demo.DemoData.Preparation;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.RegionProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Takes a demo call through the grantCall process: preparation, the decision body's approval, opening. */
@Component
@Profile("demo")
class DemoCalls {

    private static final DateTimeFormatter FORM_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final LocalTime OPENING_TIME = LocalTime.of(8, 0);
    private static final LocalTime CLOSING_TIME = LocalTime.of(16, 0);
    /** The decision body approved the open call at its meeting two weeks before the demo. */
    private static final int APPROVED_DAYS_AGO = 14;

    private final ProcessDriver driver;
    private final RegionProperties region;

    DemoCalls(ProcessDriver driver, RegionProperties region) {
        this.driver = driver;
        this.region = region;
    }

    /** Returns the call's code, the business key the process gives it. */
    String create(DemoCall call, LocalDate today) {
        int grantYear = today.getYear() + call.yearsAhead();
        Map<String, Object> start = new HashMap<>();
        start.put(GRANT_FORM, GrantType.OPERATING.name());
        start.put(GRANT_YEAR, grantYear);
        ProcessInstance instance = driver.start(ProcessKeys.CALL_PROCESS, start);
        if (call.stage() != CallStage.IN_PREPARATION) {
            driver.complete(driver.task(instance.getId(), "prepareCall"), DemoData.LIAISON_OFFICER,
                    preparationForm(call.preparation(), grantYear, today));
        }
        if (call.stage() == CallStage.OPEN) {
            driver.complete(driver.task(instance.getId(), "recordCallApproval"), DemoData.BOARD_SECRETARY,
                    approvalForm(today));
        }
        return instance.getBusinessKey();
    }

    private Map<String, Object> preparationForm(Preparation preparation, int grantYear, LocalDate today) {
        Map<String, Object> form = new HashMap<>();
        form.put(NAME, preparation.name() + " " + grantYear);
        form.put(APPROPRIATION, preparation.appropriation());
        form.put(MAX_GRANT, preparation.maxGrant());
        form.put(OPENS_AT, today.plusDays(preparation.opensInDays()).atTime(OPENING_TIME).format(FORM_DATE_TIME));
        form.put(CLOSES_AT, today.plusDays(preparation.closesInDays()).atTime(CLOSING_TIME).format(FORM_DATE_TIME));
        // Reports on the grant year's activity are due in the spring after it.
        form.put(REPORT_DEADLINE, LocalDate.of(grantYear + 1, 3, 31).toString());
        form.put(INSTALMENTS, 2);
        // Every area of the region, as the form suggests: the demo applications use several of them.
        form.put(CONTENT_AREAS, new ArrayList<>(region.contentAreas()));
        form.put(HYTE_AREAS, new ArrayList<>(region.hyteAreas()));
        form.putAll(CRITERIA.fill(criteria()));
        return form;
    }

    /** Mutable JSON-friendly rows: the engine serialises them with their concrete Java types. */
    private List<Map<String, Object>> criteria() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RegionProperties.DefaultCriterion criterion : region.defaultCriteria()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", criterion.name());
            row.put("weight", criterion.weight());
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> approvalForm(LocalDate today) {
        Map<String, Object> form = new HashMap<>();
        form.put(APPROVAL_DECISION, "APPROVED");
        form.put(APPROVAL_REFERENCE, region.decisionBody() + " " + today.minusDays(APPROVED_DAYS_AGO).format(FINNISH_DATE) + " § 112");
        return form;
    }
}
