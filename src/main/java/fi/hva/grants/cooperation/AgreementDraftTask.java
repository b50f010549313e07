package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.CooperationProcessVariables.AGREEMENT_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Valmistele sopimus" (form cooperation-draft) and its "Tallenna sopimusluonnos": the terms and what each
 * party is responsible for, pre-filled with what was written before when the approval returned the draft.
 */
@Component
class AgreementDraftTask extends UserTask<AgreementDraftTask.Input> {

    static final String TERMS = "agreementTerms";
    static final String ASSOCIATION_RESPONSIBILITIES = "associationResponsibilities";
    static final String COUNTY_RESPONSIBILITIES = "countyResponsibilities";

    record Input(String terms, String associationResponsibilities, String countyResponsibilities) {
    }

    private final AgreementSummary summary;
    private final CooperationAgreements agreements;

    AgreementDraftTask(AgreementSummary summary, CooperationAgreements agreements) {
        super(List.of(TERMS, ASSOCIATION_RESPONSIBILITIES, COUNTY_RESPONSIBILITIES));
        this.summary = summary;
        this.agreements = agreements;
    }

    @Override
    protected void show(DelegateTask task) {
        long agreementId = AGREEMENT_ID.from(task);
        TaskForms.showCaseSummary(task, summary.of(agreementId));
        CooperationAgreement agreement = agreements.get(agreementId);
        Map<String, Object> fields = new HashMap<>();
        if (agreement.getTerms() != null) {
            fields.put(TERMS, agreement.getTerms());
            fields.put(ASSOCIATION_RESPONSIBILITIES, agreement.getAssociationResponsibilities());
            fields.put(COUNTY_RESPONSIBILITIES, agreement.getCountyResponsibilities());
        }
        TaskForms.prefill(task, fields);
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.text(submitted.get(TERMS)), FormValues.text(submitted.get(ASSOCIATION_RESPONSIBILITIES)),
                FormValues.text(submitted.get(COUNTY_RESPONSIBILITIES)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        agreements.prepare(AGREEMENT_ID.from(execution), input.terms(), input.associationResponsibilities(),
                input.countyResponsibilities(), TaskCompletedBy.of(execution));
    }
}
