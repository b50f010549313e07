package fi.hva.grants.cooperation;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the agreement in the user tasks of the cooperation agreement model, pre-fills the draft
 * with what was written before (when the approval returned it), and names the fields the forms submit.
 */
@Component
public class AgreementForms implements TaskListener {

    static final String ASSOCIATION_NAME = "associationName";
    static final String BUSINESS_ID = "businessId";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String SUBJECT = "agreementSubject";
    static final String KIND = "agreementKind";
    static final String STARTS_ON = "agreementStartsOn";
    static final String ENDS_ON = "agreementEndsOn";
    static final String COUNTY_CONTACT = "countyContact";
    static final List<String> START_FIELDS = List.of(ASSOCIATION_NAME, BUSINESS_ID, CONTACT_EMAIL, SUBJECT, KIND,
            STARTS_ON, ENDS_ON, COUNTY_CONTACT);

    static final String TERMS = "agreementTerms";
    static final String ASSOCIATION_RESPONSIBILITIES = "associationResponsibilities";
    static final String COUNTY_RESPONSIBILITIES = "countyResponsibilities";
    static final List<String> DRAFT_FIELDS = List.of(TERMS, ASSOCIATION_RESPONSIBILITIES, COUNTY_RESPONSIBILITIES);

    static final String APPROVAL_OUTCOME = "approvalOutcome";
    static final String APPROVAL_NOTES = "approvalNotes";
    static final String APPROVAL_REFERENCE = "approvalReference";
    static final String APPROVAL_DECIDED_ON = "approvalDecidedOn";
    static final List<String> APPROVAL_FIELDS = List.of(APPROVAL_OUTCOME, APPROVAL_NOTES, APPROVAL_REFERENCE, APPROVAL_DECIDED_ON);

    static final String SIGNED_BY_ASSOCIATION_ON = "signedByAssociationOn";
    static final String SIGNED_BY_COUNTY_ON = "signedByCountyOn";
    static final List<String> SIGNATURE_FIELDS = List.of(SIGNED_BY_ASSOCIATION_ON, SIGNED_BY_COUNTY_ON);

    static final String CONTINUATION = "continuation";
    static final String NEW_ENDS_ON = "newEndsOn";
    static final String CONTINUATION_NOTES = "continuationNotes";
    static final List<String> CONTINUATION_FIELDS = List.of(CONTINUATION, NEW_ENDS_ON, CONTINUATION_NOTES);

    /** The user task whose form is pre-filled from the agreement. */
    static final String PREPARE_TASK = "prepareAgreement";

    private final AgreementSummary summary;
    private final CooperationAgreements agreements;

    public AgreementForms(AgreementSummary summary, CooperationAgreements agreements) {
        this.summary = summary;
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        Object agreementId = task.getVariable(Variables.AGREEMENT_ID);
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.of(agreementId)));
        if (PREPARE_TASK.equals(task.getTaskDefinitionKey())) {
            CooperationAgreement agreement = agreements.get(agreementId);
            Map<String, Object> fields = new HashMap<>();
            if (agreement.getTerms() != null) {
                fields.put(TERMS, agreement.getTerms());
                fields.put(ASSOCIATION_RESPONSIBILITIES, agreement.getAssociationResponsibilities());
                fields.put(COUNTY_RESPONSIBILITIES, agreement.getCountyResponsibilities());
            }
            TaskForms.prefill(task, fields);
        }
    }
}
