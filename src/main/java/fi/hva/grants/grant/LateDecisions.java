package fi.hva.grants.grant;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Problems;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on a late application that arrived after the decision body had decided the call: the call's
 * decision does not cover it, so the decision body leaves it unexamined in a decision of its own.
 */
@Service
class LateDecisions {

    private final Applications applications;
    private final Messages messages;

    LateDecisions(Applications applications, Messages messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @Transactional
    DecisionOutcome record(long applicationId, String reference, LocalDate decidedOn) {
        new Problems(messages).addIfNotMinutes(reference, decidedOn).throwIfAny();
        GrantApplication application = applications.get(applicationId);
        application.decideSeparately(reference, decidedOn);
        return application.getDecisionOutcome();
    }
}
