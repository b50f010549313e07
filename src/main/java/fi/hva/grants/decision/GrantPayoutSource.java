package fi.hva.grants.decision;

import fi.hva.grants.common.Now;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.payment.PaymentPurpose;
import fi.hva.grants.payment.PayoutCase;
import fi.hva.grants.payment.PayoutPlan;
import fi.hva.grants.payment.PayoutSource;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * An operating grant: the decided amount in the call's instalments, the first when the decision is final.
 * It lives with the decision, whose summary it shows, so that payment knows no grant and grant no decision.
 */
@Component
class GrantPayoutSource implements PayoutSource {

    private final Applications applications;
    private final DecisionSummary decisionSummary;

    GrantPayoutSource(Applications applications, DecisionSummary decisionSummary) {
        this.applications = applications;
        this.decisionSummary = decisionSummary;
    }

    @Override
    public PaymentPurpose purpose() {
        return PaymentPurpose.OPERATING_GRANT;
    }

    @Override
    public PayoutPlan plan(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        return new PayoutPlan(PayoutCase.ofApplication(application.getApplicationNumber(), application.getAssociationName(),
                application.getIban(), application.getId()), application.getDecidedAmount(), application.getCall().getInstalments(),
                LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
    }

    @Override
    public boolean owns(Payment payment) {
        return payment.getApplicationId() != null;
    }

    @Override
    public String summary(Payment payment) {
        return decisionSummary.of(payment.getApplicationId());
    }
}
