package fi.hva.grants.call;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The call as the decision body's secretary reads it before recording the approval. */
@Component
class CallSummary {


    private final Calls calls;
    private final Messages messages;

    CallSummary(Calls calls, Messages messages) {
        this.calls = calls;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    String of(long callId) {
        GrantCall call = calls.get(callId);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("callSummary.title", call.getCode(), Markdown.text(call.getName()),
                messages.label("grantForm", call.getGrantType()), String.valueOf(call.getGrantYear())));
        lines.add("");
        lines.add(item("callSummary.appropriation", Messages.euros(call.getAppropriation()), Messages.euros(call.getMaxGrant())));
        lines.add(item("callSummary.period", dateTime(call.getOpensAt()), dateTime(call.getClosesAt())));
        lines.add(item("callSummary.instalments", String.valueOf(call.getInstalments())));
        lines.add(item("callSummary.reportDeadline", call.getReportDeadline() == null ? "–" : Messages.DATE.format(call.getReportDeadline())));
        lines.add(item("callSummary.contentAreas", labels("contentArea", call.getContentAreas())));
        lines.add(item("callSummary.hyteAreas", labels("hyteArea", call.getHyteAreas())));
        lines.add(item("callSummary.criteria", call.getCriteria().stream()
                .map(c -> Markdown.text(c.getName()) + " (" + c.getWeight() + ")").collect(Collectors.joining(", "))));
        if (call.getApprovalNotes() != null) {
            lines.add(item("callSummary.approvalNotes", Markdown.text(call.getApprovalNotes())));
        }
        return String.join("\n", lines);
    }

    private String labels(String prefix, java.util.Collection<String> codes) {
        return codes.stream().map(code -> messages.label(prefix, code)).collect(Collectors.joining(", "));
    }

    private String item(String key, Object... args) {
        return "- " + messages.get(key, args);
    }

    private static String dateTime(Instant instant) {
        return instant == null ? "–" : Messages.DATE_TIME.format(instant);
    }

}
