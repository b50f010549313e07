package fi.hva.grants.decision;

import fi.hva.grants.call.Calls;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.process.ProcessKeys;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the minutes with a decision were published in the public data network: the members of the county's
 * rectification period runs from it. The minutes carry either the call's decision (every application of the call
 * that was not decided apart) or a separate decision on one application.
 */
@Service
class MinutesPublications {

    private final Calls calls;
    private final Applications applications;
    private final RuntimeService runtimeService;
    private final Messages messages;

    MinutesPublications(Calls calls, Applications applications, RuntimeService runtimeService, Messages messages) {
        this.calls = calls;
        this.applications = applications;
        this.runtimeService = runtimeService;
        this.messages = messages;
    }

    /** Records the day and lets every decision that waits for it go on; answers the applications concerned. */
    @Transactional
    List<String> record(String callCode, String applicationNumber, LocalDate publishedOn) {
        String code = FormValues.text(callCode);
        String number = FormValues.text(applicationNumber);
        new Problems(messages).addIf((code == null) == (number == null), "minutes.target.required").throwIfAny();
        List<GrantApplication> concerned = code != null ? callDecision(code, publishedOn) : separateDecision(number, publishedOn);
        List<String> numbers = concerned.stream().map(GrantApplication::getApplicationNumber).toList();
        numbers.forEach(n -> runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_MINUTES_PUBLISHED)
                .processInstanceBusinessKey(n).correlateAllWithResult());
        return numbers;
    }

    private List<GrantApplication> callDecision(String code, LocalDate publishedOn) {
        GrantCall call = calls.byCode(code).orElse(null);
        Problems problems = new Problems(messages);
        problems.addIf(call == null, "minutes.call.unknown", code);
        problems.addIf(call != null && call.getBoardDecidedOn() == null, "minutes.call.notDecided", code);
        problems.throwIfAny();
        checkDate(publishedOn, call.getBoardDecidedOn());
        call.recordMinutesPublication(publishedOn);
        return applications.ofCall(call.getId()).stream().filter(a -> !a.decidedSeparately()).toList();
    }

    private List<GrantApplication> separateDecision(String number, LocalDate publishedOn) {
        GrantApplication application = applications.byNumber(number);
        new Problems(messages).addIf(!application.decidedSeparately(), "minutes.application.notSeparate", number).throwIfAny();
        checkDate(publishedOn, application.decidedOn());
        application.recordSeparateMinutesPublication(publishedOn);
        return List.of(application);
    }

    private void checkDate(LocalDate publishedOn, LocalDate decidedOn) {
        new Problems(messages).addIf(publishedOn == null || publishedOn.isAfter(LocalDate.ofInstant(Now.instant(), Now.HELSINKI))
                || publishedOn.isBefore(decidedOn), "minutes.publishedOn.invalid").throwIfAny();
    }
}
