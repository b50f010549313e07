package fi.hva.grants.partnership;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tarkista päätöksen laji": the gateway after it has a way out for each kind, and only for those. */
@Component
class CheckNoticeKindDelegate implements JavaDelegate {

    private final Messages messages;

    CheckNoticeKindDelegate(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (PartnershipNoticeProcessVariables.noticeKind(execution).isEmpty()) {
            throw new InvalidInputException(List.of(messages.get("partnershipGrant.notice.kind.required")));
        }
    }
}
