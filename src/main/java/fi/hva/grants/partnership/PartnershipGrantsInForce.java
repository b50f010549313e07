package fi.hva.grants.partnership;

import fi.hva.grants.common.Messages;
import fi.hva.grants.grant.PartnershipGrantRegister;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the real agreements for the double-funding flag of operating-grant applications. */
@Component
class PartnershipGrantsInForce implements PartnershipGrantRegister {

    private final PartnershipRepository partnerships;
    private final Messages messages;

    PartnershipGrantsInForce(PartnershipRepository partnerships, Messages messages) {
        this.partnerships = partnerships;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> partnershipGrantsOf(String businessId, int year) {
        return partnerships.findByBusinessIdAndStatusIn(businessId, EnumSet.of(Partnership.Status.APPROVED, Partnership.Status.IN_FORCE))
                .stream().filter(p -> p.getFirstYear() <= year && year <= p.getLastYear())
                .map(p -> messages.get("partnershipGrant.register.line", p.getPartnershipNumber(), p.getProjectName(),
                        messages.label("partnershipGrant.funder", p.getExternalFunder()), String.valueOf(p.getFirstYear()),
                        String.valueOf(p.getLastYear())))
                .toList();
    }
}
