package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.DECISION_OUTCOME;

import fi.hva.grants.process.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the decision body's decision to one application and lets its instance continue. */
@Service
public class DecisionDispatch {

    private final Applications applications;
    private final RuntimeService runtimeService;

    DecisionDispatch(Applications applications, RuntimeService runtimeService) {
        this.applications = applications;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void dispatch(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        if (application.getStatus() == ApplicationStatus.DECIDED) {
            return;
        }
        application.decide(application.proposedOrZero(), application.getProposalReasoning());
        runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_BOARD_DECISION)
                .processInstanceId(application.getProcessInstanceId())
                .setVariable(DECISION_OUTCOME.name(), DECISION_OUTCOME.stored(application.getDecisionOutcome()))
                .correlateWithResult();
    }
}
