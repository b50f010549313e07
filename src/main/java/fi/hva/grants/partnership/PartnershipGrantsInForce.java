package fi.hva.grants.partnership;

import fi.hva.grants.common.Messages;
import fi.hva.grants.grant.PartnershipGrantRegister;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the real agreements and pending initiatives for the double-funding flags of operating-grant applications. */
@Component
class PartnershipGrantsInForce implements PartnershipGrantRegister {

    private final PartnershipRepository partnerships;
    private final Messages messages;

    PartnershipGrantsInForce(PartnershipRepository partnerships, Messages messages) {
        this.partnerships = partnerships;
        this.messages = messages;
    }

    /** From the initiative until the agreement is approved: a partnership grant is being sought. */
    private static final Set<Partnership.Status> SOUGHT = EnumSet.of(Partnership.Status.INITIATED, Partnership.Status.NEGOTIATING,
            Partnership.Status.AWAITING_FUNDING, Partnership.Status.DRAFTED, Partnership.Status.IN_APPROVAL);

    @Override
    @Transactional(readOnly = true)
    public List<String> partnershipGrantsOf(String businessId, int year) {
        return lines(businessId, year, EnumSet.of(Partnership.Status.APPROVED, Partnership.Status.IN_FORCE));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> partnershipInitiativesOf(String businessId, int year) {
        return lines(businessId, year, SOUGHT);
    }

    private List<String> lines(String businessId, int year, Set<Partnership.Status> statuses) {
        return partnerships.findByBusinessIdAndStatusIn(businessId, statuses)
                .stream().filter(p -> p.getFirstYear() <= year && year <= p.getLastYear())
                .map(p -> messages.get("partnershipGrant.register.line", p.getPartnershipNumber(), p.getProjectName(),
                        messages.label("partnershipGrant.funder", p.getExternalFunder()), String.valueOf(p.getFirstYear()),
                        String.valueOf(p.getLastYear())))
                .toList();
    }
}
