package fi.hva.grants.partnership;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.RegionProperties;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Negotiation rounds and the external funder's decision that the agreement depends on. */
@Service("negotiations")
public class Negotiations {

    private final Partnerships partnerships;
    private final NegotiationRoundRepository rounds;
    private final RuntimeService runtimeService;
    private final RegionProperties region;
    private final Messages messages;

    Negotiations(Partnerships partnerships, NegotiationRoundRepository rounds, RuntimeService runtimeService,
                        RegionProperties region, Messages messages) {
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.runtimeService = runtimeService;
        this.region = region;
        this.messages = messages;
    }

    /** "Tallenna neuvottelukierros": the round is recorded and its outcome steers the negotiation. */
    @Transactional
    NegotiationRound.Outcome recordRound(long partnershipId, LocalDate heldOn, String ourProposal, String theirAnswer,
                                                String notes, LocalDate nextMeetingOn, NegotiationRound.Outcome parsed, String by) {
        Partnership partnership = partnerships.get(partnershipId);
        Problems problems = new Problems(messages);
        problems.addIf(heldOn == null || heldOn.isAfter(today()), "partnershipGrant.round.heldOn.invalid");
        problems.addIf(ourProposal == null, "partnershipGrant.required", messages.get("partnershipGrant.field.ourProposal"));
        problems.addIf(theirAnswer == null, "partnershipGrant.required", messages.get("partnershipGrant.field.theirAnswer"));
        problems.addIf(parsed == null, "partnershipGrant.round.outcome.required");
        problems.addIf(parsed == NegotiationRound.Outcome.CONTINUE && (nextMeetingOn == null || heldOn != null && !nextMeetingOn.isAfter(heldOn)),
                "partnershipGrant.round.nextMeeting.required");
        long tooLong = java.util.stream.Stream.of(ourProposal, theirAnswer, notes).filter(t -> t != null && t.length() > 4000).count();
        problems.addIf(tooLong > 0, "partnershipGrant.text.tooLong", "4000");
        problems.throwIfAny();
        int number = (int) rounds.countByPartnershipId(partnership.getId()) + 1;
        rounds.save(new NegotiationRound(partnership.getId(), number, heldOn, ourProposal, theirAnswer, notes,
                parsed == NegotiationRound.Outcome.CONTINUE ? nextMeetingOn : null, parsed, by, Now.instant()));
        partnership.negotiationEnded(parsed);
        return parsed;
    }

    /** The time limit of the wait for the external funding decision, counted from today. */
    public Date fundingDecisionDeadline() {
        return Now.endOf(today().plusMonths(region.partnership().fundingDecisionMonths()));
    }

    /**
     * The external funder's decision, recorded by the partnership manager: it wakes the negotiation,
     * which must be waiting for it.
     */
    @Transactional
    void recordFundingDecision(String partnershipNumber, FundingOutcome outcome, LocalDate decidedOn, String reference,
                                      String notes) {
        Partnership partnership = partnerships.byNumber(partnershipNumber);
        boolean granted = outcome == FundingOutcome.GRANTED;
        Problems problems = new Problems(messages);
        problems.addIf(partnership.getStatus() != Partnership.Status.AWAITING_FUNDING, "partnershipGrant.funding.notExpected",
                partnership.getPartnershipNumber());
        problems.addIf(!granted && outcome != FundingOutcome.DENIED, "partnershipGrant.funding.outcome.required");
        problems.addIf(decidedOn == null || decidedOn.isAfter(today()), "partnershipGrant.decidedOn.invalid");
        problems.addIf(reference == null, "partnershipGrant.required", messages.get("partnershipGrant.field.reference"));
        problems.throwIfAny();
        partnership.fundingDecided(granted, decidedOn, reference, notes);
        if (runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_EXTERNAL_FUNDING_DECIDED)
                .processInstanceBusinessKey(partnership.getPartnershipNumber())
                .setVariable(PartnershipNegotiationProcessVariables.FUNDING_GRANTED.name(),
                        PartnershipNegotiationProcessVariables.FUNDING_GRANTED.stored(granted))
                .correlateAllWithResult().isEmpty()) {
            throw new InvalidInputException(List.of(messages.get("partnershipGrant.funding.notExpected",
                    partnership.getPartnershipNumber())));
        }
    }

    /** "Kirjaa rahoituspäätöksen puuttuminen": the time limit passed without a decision. */
    @Transactional
    void recordFundingMissing(long partnershipId) {
        partnerships.get(partnershipId).fundingMissing();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
