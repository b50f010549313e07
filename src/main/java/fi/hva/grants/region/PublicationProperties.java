package fi.hva.grants.region;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the region publishes with every call besides the call's own details (seeds 000 and 002): where the
 * grant instructions (hakuohje) are and whom to ask. In the region file's {@code region.publication} block.
 *
 * @param instructionsUrl the county's page with the year's instructions and the approved grant principles
 */
@ConfigurationProperties(prefix = "region.publication")
public record PublicationProperties(String instructionsUrl, Contact contact) {

    public PublicationProperties {
        contact = contact == null ? new Contact(null, null, null, null) : contact;
    }

    /** Who answers questions; any part may be left out. */
    public record Contact(String title, String email, String phone, String url) {
    }
}
