package fi.hva.grants.partnership;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import java.util.List;
import org.springframework.stereotype.Component;

/** Finds partnerships and their years for the services of this package. */
@Component
class Partnerships {

    private final PartnershipRepository partnerships;
    private final PartnershipYearRepository years;
    private final Messages messages;

    Partnerships(PartnershipRepository partnerships, PartnershipYearRepository years, Messages messages) {
        this.partnerships = partnerships;
        this.years = years;
        this.messages = messages;
    }

    Partnership get(long partnershipId) {
        return partnerships.findById(partnershipId).orElseThrow(() -> new IllegalStateException("No partnership with id " + partnershipId));
    }

    /** A number typed by an officer: an unknown one is the officer's mistake, told in Finnish. */
    Partnership byNumber(String number) {
        String normalized = number == null ? "" : number.trim().toUpperCase();
        return partnerships.findByPartnershipNumber(normalized).orElseThrow(() ->
                new InvalidInputException(List.of(messages.get("partnershipGrant.number.unknown", normalized))));
    }

    PartnershipYear year(long yearId) {
        return years.findById(yearId).orElseThrow(() -> new IllegalStateException("No partnership year with id " + yearId));
    }

    List<PartnershipYear> yearsOf(Partnership partnership) {
        return years.findByPartnershipIdOrderByAgreementYear(partnership.getId());
    }

    /** The payout's business key for one year, so a settled payment wakes that year's payout only. */
    static String caseNumber(Partnership partnership, PartnershipYear year) {
        return partnership.getPartnershipNumber() + "/" + year.getAgreementYear();
    }
}
