package fi.hva.grants.partnership;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.process.Variables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tarkista päätöksen laji": the gateway after it has a way out for each kind, and only for those. */
@Component
public class CheckNoticeKindDelegate implements JavaDelegate {

    static final List<String> KINDS = List.of("FUNDING_DECISION", "COUNTY_BUDGET", "TERMINATION");

    private final Messages messages;

    public CheckNoticeKindDelegate(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!KINDS.contains(execution.getVariable(Variables.NOTICE_KIND))) {
            throw new InvalidInputException(List.of(messages.get("partnershipGrant.notice.kind.required")));
        }
    }
}
