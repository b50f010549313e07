package fi.hva.grants.demo;

import fi.hva.grants.process.ProcessKeys;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Partnership grants for the demo's partnership manager (kaisa): an initiative to assess, a
 * negotiation waiting for STEA's decision, and a signed agreement whose year is to be confirmed.
 */
@Component
@Profile("demo")
class DemoPartnerships {

    private static final String MANAGER = "kaisa";
    private static final String SECRETARY = "sanna";

    private final ProcessDriver driver;

    DemoPartnerships(ProcessDriver driver) {
        this.driver = driver;
    }

    void create(LocalDate today) {
        int year = today.getYear();
        driver.start(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS, initiative("Kainuun Omaishoitajat ry", "1059547-4",
                "Omaishoitajien jaksamisen hanke", year + 1, year + 3, today));

        ProcessInstance awaitingFunding = driver.start(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS,
                initiative("Kainuun Mielenterveysseura ry", "0201256-6", "Nuorten mielen tuki -hanke", year + 1, year + 2, today));
        assessAndAgree(awaitingFunding, today);

        driver.start(ProcessKeys.PARTNERSHIP_NOTICE_PROCESS, Map.of("noticeKind", "COUNTY_BUDGET", "budgetYear", year,
                "decidedOn", today.toString(), "reference", "Aluevaltuusto " + year + " § 70 (demo)"));
        ProcessInstance signed = driver.start(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS,
                initiative("Kajaanin Päihdetyön tuki ry", "0201256-6", "Päihdetyön kumppanuushanke", year, year + 2, today));
        assessAndAgree(signed, today);
        driver.start(ProcessKeys.PARTNERSHIP_NOTICE_PROCESS, Map.of("noticeKind", "FUNDING_DECISION",
                "partnershipNumber", signed.getBusinessKey(), "fundingOutcome", "GRANTED", "decidedOn", today.toString(),
                "reference", "STEA " + year + "/0451 (demo)"));
        driver.settle(signed.getId());
        driver.complete(driver.task(signed.getId(), "approveDraft"), MANAGER, Map.of("draftOutcome", "APPROVED"));
        driver.complete(driver.task(signed.getId(), "recordBoardDecision"), SECRETARY, Map.of("boardOutcome", "APPROVED",
                "boardReference", "Aluehallitus § 88 (demo)", "boardDecidedOn", today.toString()));
        driver.complete(driver.task(signed.getId(), "recordSignatures"), MANAGER, Map.of(
                "signedByAssociationOn", today.toString(), "signedByCountyOn", today.toString()));
    }

    private void assessAndAgree(ProcessInstance negotiation, LocalDate today) {
        Map<String, Object> assessment = new HashMap<>();
        for (String criterion : new String[] {"PROFESSIONAL_NGO", "WHOLE_COUNTY", "WELFARE_DEFICITS", "WELFARE_PLAN",
                "COMPLEMENTS_SERVICES", "CONTINUITY"}) {
            assessment.put("criterion_" + criterion, true);
        }
        driver.complete(driver.task(negotiation.getId(), "assessInitiative"), MANAGER, assessment);
        driver.complete(driver.task(negotiation.getId(), "recordNegotiationRound"), MANAGER, Map.of(
                "heldOn", today.toString(), "ourProposal", "Omarahoitusosuus enintään 30 000 euroa vuodessa.",
                "theirAnswer", "Yhdistys hyväksyy ehdot.", "roundOutcome", "AGREED"));
    }

    private static Map<String, Object> initiative(String association, String businessId, String project, int firstYear,
                                                  int lastYear, LocalDate today) {
        Map<String, Object> form = new HashMap<>();
        form.put("initiatedBy", "COUNTY");
        form.put("associationName", association);
        form.put("businessId", businessId);
        form.put("contactEmail", "kumppanuus@example.fi");
        form.put("iban", "FI21 1234 5600 0007 85");
        form.put("projectName", project);
        form.put("projectDescription", "STEA-rahoitteinen hanke koko Kainuun alueella (demo).");
        form.put("externalFunder", "STEA");
        form.put("firstYear", firstYear);
        form.put("lastYear", lastYear);
        form.put("yearlyMaximum", 30000);
        form.put("receivedOn", today.toString());
        return form;
    }
}
