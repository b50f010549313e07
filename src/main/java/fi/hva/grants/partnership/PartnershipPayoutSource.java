package fi.hva.grants.partnership;

import fi.hva.grants.common.Now;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.payment.PaymentPurpose;
import fi.hva.grants.payment.PayoutCase;
import fi.hva.grants.payment.PayoutPlan;
import fi.hva.grants.payment.PayoutSource;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A confirmed year of a partnership agreement: its sum in one instalment, due when the year has begun. */
@Component
class PartnershipPayoutSource implements PayoutSource {

    private final Partnerships partnerships;
    private final PartnershipSummary summary;

    PartnershipPayoutSource(Partnerships partnerships, PartnershipSummary summary) {
        this.partnerships = partnerships;
        this.summary = summary;
    }

    @Override
    public PaymentPurpose purpose() {
        return PaymentPurpose.PARTNERSHIP_GRANT;
    }

    @Override
    public PayoutPlan plan(long yearId) {
        PartnershipYear year = partnerships.year(yearId);
        Partnership partnership = partnerships.get(year.getPartnershipId());
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        LocalDate yearBegins = LocalDate.of(year.getAgreementYear(), 1, 1);
        return new PayoutPlan(PayoutCase.ofPartnershipYear(Partnerships.caseNumber(partnership, year),
                partnership.getAssociationName(), partnership.getIban(), year.getId()), year.getConfirmedAmount(), 1,
                today.isBefore(yearBegins) ? yearBegins : today);
    }

    @Override
    public boolean owns(Payment payment) {
        return payment.getPartnershipYearId() != null;
    }

    @Override
    public String summary(Payment payment) {
        return summary.of(partnerships.year(payment.getPartnershipYearId()).getPartnershipId());
    }
}
