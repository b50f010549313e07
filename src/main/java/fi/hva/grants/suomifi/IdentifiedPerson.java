package fi.hva.grants.suomifi;

/**
 * A person Suomi.fi e-Identification identified. The identity code is for e-Authorizations' session registration
 * only: it is left out of {@link #toString()} so that no log line can carry it, and nothing stores this record.
 */
public record IdentifiedPerson(String subject, String name, String identityCode) {

    @Override
    public String toString() {
        return "IdentifiedPerson[subject=" + subject + "]";
    }
}
