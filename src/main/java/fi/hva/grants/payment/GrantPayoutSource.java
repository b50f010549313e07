package fi.hva.grants.payment;

import fi.hva.grants.common.Now;
import fi.hva.grants.decision.DecisionSummary;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.process.Variables;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** An operating grant: the decided amount in the call's instalments, the first when the decision is final. */
@Component
class GrantPayoutSource implements PayoutSource {

    private final Applications applications;
    private final DecisionSummary decisionSummary;

    GrantPayoutSource(Applications applications, DecisionSummary decisionSummary) {
        this.applications = applications;
        this.decisionSummary = decisionSummary;
    }

    @Override
    public String variable() {
        return Variables.APPLICATION_ID;
    }

    @Override
    public PayoutPlan plan(Object applicationId) {
        GrantApplication application = applications.get(((Number) applicationId).longValue());
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
