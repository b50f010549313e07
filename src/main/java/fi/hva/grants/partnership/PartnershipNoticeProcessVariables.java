package fi.hva.grants.partnership;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the partnership notice process (partnership-notice.bpmn) with their types. */
final class PartnershipNoticeProcessVariables {

    /** Chosen in the start form, so it may be anything until "Tarkista päätöksen laji" has checked it. */
    private static final ProcessVariable<String> NOTICE_KIND = ProcessVariable.text(Variables.NOTICE_KIND);

    private PartnershipNoticeProcessVariables() {
    }

    /** The kind chosen in the start form, empty when none or an unknown one was. */
    static Optional<NoticeKind> noticeKind(VariableScope scope) {
        return NOTICE_KIND.find(scope).flatMap(kind -> Arrays.stream(NoticeKind.values()).filter(k -> k.name().equals(kind)).findFirst());
    }
}
