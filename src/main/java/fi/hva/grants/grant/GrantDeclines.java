package fi.hva.grants.grant;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.payment.Payments;
import fi.hva.grants.process.ProcessKeys;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An association gives up a grant it was awarded: what was not paid yet is not paid, and the money returns to the call. */
@Service
public class GrantDeclines {

    private final Applications applications;
    private final Payments payments;
    private final RuntimeService runtimeService;
    private final Messages messages;

    GrantDeclines(Applications applications, Payments payments, RuntimeService runtimeService, Messages messages) {
        this.applications = applications;
        this.payments = payments;
        this.runtimeService = runtimeService;
        this.messages = messages;
    }

    /**
     * The association declines the grant it was given. It may do so from the decision until the grant is paid
     * in full, so also while the rectification period runs; otherwise the refusal names the reason and
     * nothing changes.
     */
    @Transactional
    public void decline(GrantApplication application) {
        String number = application.getApplicationNumber();
        String refusal = refusal(application);
        if (refusal == null && runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_GRANT_DECLINED)
                .processInstanceBusinessKey(number).correlateAllWithResult().isEmpty()) {
            refusal = messages.get("applicant.decline.notPossible", number);
        }
        if (refusal != null) {
            throw new InvalidInputException(List.of(refusal));
        }
    }

    private String refusal(GrantApplication application) {
        String number = application.getApplicationNumber();
        if (application.getGrantDeclinedAt() != null) {
            return messages.get("applicant.decline.alreadyDeclined", number, Messages.DATE_TIME.format(application.getGrantDeclinedAt()));
        }
        if (application.getStatus() != ApplicationStatus.DECIDED) {
            return messages.get("applicant.decline.notDecided", number);
        }
        if (!application.getDecisionOutcome().isGranted()) {
            return messages.get("applicant.decline.notGranted", number);
        }
        if (payments.allPaid(number)) {
            return messages.get("applicant.decline.paid", number);
        }
        return null;
    }

    @Transactional
    void record(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        payments.cancelUnpaid(application.getApplicationNumber());
        application.declineGrant(Now.instant());
    }
}
