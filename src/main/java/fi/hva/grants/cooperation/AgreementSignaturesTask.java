package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.CooperationProcessVariables.AGREEMENT_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa allekirjoitukset" (form cooperation-signatures) and its "Tallenna allekirjoitukset": the agreement
 * comes into force.
 */
@Component
class AgreementSignaturesTask extends UserTask<AgreementSignaturesTask.Input> {

    static final String SIGNED_BY_ASSOCIATION_ON = "signedByAssociationOn";
    static final String SIGNED_BY_COUNTY_ON = "signedByCountyOn";

    record Input(LocalDate byAssociation, LocalDate byCounty) {
    }

    private final AgreementSummary summary;
    private final CooperationAgreements agreements;

    AgreementSignaturesTask(AgreementSummary summary, CooperationAgreements agreements) {
        super(List.of(SIGNED_BY_ASSOCIATION_ON, SIGNED_BY_COUNTY_ON));
        this.summary = summary;
        this.agreements = agreements;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(AGREEMENT_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.date(submitted.get(SIGNED_BY_ASSOCIATION_ON)), FormValues.date(submitted.get(SIGNED_BY_COUNTY_ON)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        agreements.sign(AGREEMENT_ID.from(execution), input.byAssociation(), input.byCounty());
    }
}
