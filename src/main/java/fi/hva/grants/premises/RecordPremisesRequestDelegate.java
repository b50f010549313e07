package fi.hva.grants.premises;

import static fi.hva.grants.premises.PremisesProcessVariables.PREMISES_USE_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa tilapyyntö": the start form's request stored in our table, only its id kept in the process. Runs in the
 * starting transaction, so a refused request starts nothing.
 */
@Component
class RecordPremisesRequestDelegate implements JavaDelegate {

    static final String ASSOCIATION_NAME = "premisesAssociationName";
    static final String BUSINESS_ID = "premisesBusinessId";
    static final String PREMISES = "premises";
    static final String PURPOSE = "premisesPurpose";
    static final String STARTS_ON = "premisesStartsOn";
    static final String ENDS_ON = "premisesEndsOn";
    static final List<String> FIELD_KEYS = List.of(ASSOCIATION_NAME, BUSINESS_ID, PREMISES, PURPOSE, STARTS_ON, ENDS_ON);

    private final PremisesUses premisesUses;

    RecordPremisesRequestDelegate(PremisesUses premisesUses) {
        this.premisesUses = premisesUses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> submitted = TaskForms.take(execution, FIELD_KEYS);
        Authentication officer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        PremisesRequest request = new PremisesRequest(FormValues.text(submitted.get(ASSOCIATION_NAME)),
                FormValues.text(submitted.get(BUSINESS_ID)), FormValues.text(submitted.get(PREMISES)),
                FormValues.text(submitted.get(PURPOSE)), FormValues.date(submitted.get(STARTS_ON)), FormValues.date(submitted.get(ENDS_ON)));
        PREMISES_USE_ID.set(execution, premisesUses.request(request, officer == null ? null : officer.getUserId()));
    }
}
