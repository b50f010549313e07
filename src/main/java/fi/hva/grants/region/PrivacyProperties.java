package fi.hva.grants.region;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The controller of the applicants' personal data and whom to contact about it, for the privacy notice
 * (tietosuojaseloste). In the region file's {@code region.privacy} block.
 */
@ConfigurationProperties(prefix = "region.privacy")
public record PrivacyProperties(String controller, String address, PublicationProperties.Contact contact,
                                PublicationProperties.Contact dataProtectionOfficer) {

    public PrivacyProperties {
        contact = contact == null ? new PublicationProperties.Contact(null, null, null, null) : contact;
        dataProtectionOfficer = dataProtectionOfficer == null ? new PublicationProperties.Contact(null, null, null, null)
                : dataProtectionOfficer;
    }
}
