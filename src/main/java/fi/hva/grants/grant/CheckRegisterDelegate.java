package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * "Tarkista yhdistys PRH:n rekisteristä". Runs as its own job with the retry cycle of the model: while
 * PRH does not answer the job fails and is retried; its last attempt records the check as not made,
 * so the application goes on to review flagged for a check by hand instead of stopping in an incident.
 */
@Component
class CheckRegisterDelegate implements JavaDelegate {

    private final RegisterReview registerReview;

    CheckRegisterDelegate(RegisterReview registerReview) {
        this.registerReview = registerReview;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registerReview.checkOnSubmission(APPLICATION_ID.from(execution), isLastAttempt());
    }

    /**
     * The engine keeps a failed job's exception and, with a retry cycle, sets the retries from the cycle at
     * the first failure; so a job that has failed before and has one retry left is on its last attempt.
     */
    private static boolean isLastAttempt() {
        CommandContext context = Context.getCommandContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        return job != null && job.getExceptionMessage() != null && job.getRetries() <= 1;
    }
}
