package fi.hva.grants.call;

import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Due dates of the call's timers, read from the call when the timer starts; bean name used in the BPMN. */
@Component("callSchedule")
public class CallSchedule {

    private final Calls calls;

    CallSchedule(Calls calls) {
        this.calls = calls;
    }

    @Transactional(readOnly = true)
    public Date opensAt(long callId) {
        return Date.from(calls.get(callId).getOpensAt());
    }

    @Transactional(readOnly = true)
    public Date closesAt(long callId) {
        return Date.from(calls.get(callId).getClosesAt());
    }
}
