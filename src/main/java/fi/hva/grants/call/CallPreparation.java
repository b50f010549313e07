package fi.hva.grants.call;

import fi.hva.grants.common.GrantType;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a call and checks what the liaison officer writes into it before it goes for approval. */
@Service
public class CallPreparation {

    private static final int MAX_WEIGHT = 100;
    private static final int MAX_INSTALMENTS = 4;

    private final GrantCallRepository repository;
    private final Calls calls;
    private final CallApplications applications;
    private final RegionProperties region;
    private final Messages messages;

    CallPreparation(GrantCallRepository repository, Calls calls, CallApplications applications,
                           RegionProperties region, Messages messages) {
        this.repository = repository;
        this.calls = calls;
        this.applications = applications;
        this.region = region;
        this.messages = messages;
    }

    @Transactional
    public GrantCall create(GrantType form, Integer year) {
        int thisYear = LocalDate.ofInstant(Now.instant(), Now.HELSINKI).getYear();
        Problems problems = new Problems(messages);
        problems.addIf(form == null || !region.offers(form), "call.grantForm.notOffered", String.valueOf(form), region.name());
        problems.addIf(year == null || year < thisYear || year > thisYear + 2, "call.year.invalid", String.valueOf(thisYear), String.valueOf(thisYear + 2));
        problems.throwIfAny();
        GrantCall call = repository.save(new GrantCall(uniqueCode(form, year), form, year));
        applications.prepareNumbering(form, year);
        return call;
    }

    @Transactional
    public void describe(long callId, CallDraft draft) {
        calls.get(callId).describe(check(draft));
    }

    /** Records the decision body's approval, or the return to preparation; answers whether it was approved. */
    @Transactional
    boolean recordApproval(long callId, ApprovalDecision decision, String reference, String notes) {
        GrantCall call = calls.get(callId);
        boolean approved = decision == ApprovalDecision.APPROVED;
        Problems problems = new Problems(messages);
        problems.addIf(decision == null, "call.approval.decisionRequired");
        problems.addIf(approved && reference == null, "call.approval.referenceRequired");
        problems.addIf(decision == ApprovalDecision.RETURNED && notes == null, "call.approval.notesRequired");
        problems.throwIfAny();
        if (approved) {
            call.approve(reference, notes, Now.instant());
        } else {
            call.returnToDraft(notes);
        }
        return approved;
    }

    private CallDetails check(CallDraft draft) {
        Problems problems = new Problems(messages);
        String name = draft.name();
        BigDecimal appropriation = draft.appropriation();
        BigDecimal maxGrant = draft.maxGrant();
        LocalDateTime opens = draft.opens();
        LocalDateTime closes = draft.closes();
        LocalDate reportDeadline = draft.reportDeadline();
        Integer instalments = draft.instalments();
        List<String> contentAreas = draft.contentAreas();
        List<String> hyteAreas = draft.hyteAreas();
        List<CallDetails.Criterion> criteria = criteria(draft.criteria(), problems);
        problems.addIf(name == null, "call.name.required");
        problems.addIf(appropriation == null || appropriation.signum() <= 0, "call.appropriation.positive");
        problems.addIf(maxGrant == null || maxGrant.signum() <= 0, "call.maxGrant.positive");
        if (appropriation != null && maxGrant != null) {
            problems.addIf(maxGrant.compareTo(appropriation) > 0, "call.maxGrant.overAppropriation");
        }
        problems.addIf(opens == null || closes == null, "call.period.required");
        Instant opensAt = opens == null ? null : opens.atZone(Now.HELSINKI).toInstant();
        Instant closesAt = closes == null ? null : closes.atZone(Now.HELSINKI).toInstant();
        if (opensAt != null && closesAt != null) {
            problems.addIf(!closesAt.isAfter(opensAt), "call.period.order");
            problems.addIf(!closesAt.isAfter(Now.instant()), "call.period.past");
        }
        problems.addIf(reportDeadline == null, "call.reportDeadline.required");
        if (reportDeadline != null && closes != null) {
            problems.addIf(!reportDeadline.isAfter(closes.toLocalDate()), "call.reportDeadline.afterPeriod");
        }
        problems.addIf(instalments == null || instalments < 1 || instalments > MAX_INSTALMENTS, "call.instalments.invalid", MAX_INSTALMENTS);
        problems.addIf(contentAreas.isEmpty(), "call.contentAreas.required");
        problems.addIf(!region.contentAreas().containsAll(contentAreas), "call.contentAreas.unknown");
        problems.addIf(hyteAreas.isEmpty(), "call.hyteAreas.required");
        problems.addIf(!region.hyteAreas().containsAll(hyteAreas), "call.hyteAreas.unknown");
        problems.throwIfAny();
        return new CallDetails(name, appropriation, maxGrant, opensAt, closesAt, reportDeadline, instalments,
                contentAreas, hyteAreas, criteria);
    }

    private List<CallDetails.Criterion> criteria(List<CallDraft.Criterion> rows, Problems problems) {
        List<CallDetails.Criterion> criteria = new ArrayList<>();
        var names = new HashSet<String>();
        for (CallDraft.Criterion row : rows) {
            String name = row.name();
            Integer weight = row.weight();
            if (name == null || weight == null || weight < 1 || weight > MAX_WEIGHT) {
                problems.add("call.criterion.invalid", String.valueOf(name), MAX_WEIGHT);
            } else if (!names.add(name)) {
                problems.add("call.criterion.duplicate", name);
            } else {
                criteria.add(new CallDetails.Criterion(name, weight));
            }
        }
        problems.addIf(criteria.isEmpty(), "call.criteria.required");
        return criteria;
    }

    private String uniqueCode(GrantType form, int year) {
        String base = form.prefix() + "-" + year;
        String code = base;
        for (int round = 2; repository.existsByCode(code); round++) {
            code = base + "-" + round;
        }
        return code;
    }
}
