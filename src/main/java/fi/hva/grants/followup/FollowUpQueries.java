package fi.hva.grants.followup;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the year and call of a report request; a bad value gets a Finnish message and no report. */
@Component
public class FollowUpQueries {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final GrantCallRepository calls;
    private final Messages messages;

    FollowUpQueries(GrantCallRepository calls, Messages messages) {
        this.calls = calls;
        this.messages = messages;
    }

    /**
     * Without a year the report is of the call's year, or else of the latest grant year that has a
     * call (calls are prepared for the next year), or else of the current year.
     */
    public FollowUpQuery parse(String year, String callCode) {
        GrantCall call = null;
        if (callCode != null && !callCode.isBlank()) {
            call = calls.findByCode(callCode.trim()).orElseThrow(() -> invalid("followup.call.unknown", callCode.trim()));
        }
        if (year == null || year.isBlank()) {
            return new FollowUpQuery(call != null ? call.getGrantYear() : latestYear(), call);
        }
        int parsed;
        try {
            parsed = Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            throw invalid("followup.year.notANumber", year.trim());
        }
        if (parsed < FIRST_YEAR || parsed > LAST_YEAR) {
            throw invalid("followup.year.outOfRange", String.valueOf(parsed), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (call != null && call.getGrantYear() != parsed) {
            throw invalid("followup.call.otherYear", call.getCode(), String.valueOf(call.getGrantYear()), String.valueOf(parsed));
        }
        return new FollowUpQuery(parsed, call);
    }

    private int latestYear() {
        return calls.findAll().stream().mapToInt(GrantCall::getGrantYear).max()
                .orElse(LocalDate.ofInstant(Now.instant(), Now.HELSINKI).getYear());
    }

    private InvalidInputException invalid(String key, Object... args) {
        return new InvalidInputException(List.of(messages.get(key, args)));
    }
}
