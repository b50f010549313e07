package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule of what an applicant may follow, for both ways of signing in. */
class ApplicantTest {

    static final String ASSOCIATION = "0201256-6";
    static final String OTHER_ASSOCIATION = "1572860-0";

    @Test
    void aContactPersonFollowsOnlyTheCasesNamingTheirAddress() {
        Applicant contact = new Applicant(ASSOCIATION, "aino.virtanen@example.fi");

        assertThat(contact.follows(ASSOCIATION, "Aino.Virtanen@Example.fi")).isTrue();
        assertThat(contact.follows(ASSOCIATION, "toiminnanjohtaja@example.fi")).isFalse();
        assertThat(contact.follows(ASSOCIATION, null)).isFalse();
        assertThat(contact.follows(OTHER_ASSOCIATION, "aino.virtanen@example.fi")).isFalse();
    }

    @Test
    void aRepresentativeFollowsEveryCaseOfTheirAssociationOnly() {
        Applicant representative = Applicant.representative(ASSOCIATION, "Aino Virtanen");

        assertThat(representative.follows(ASSOCIATION, "toiminnanjohtaja@example.fi")).isTrue();
        assertThat(representative.follows(ASSOCIATION, null)).isTrue();
        assertThat(representative.follows(OTHER_ASSOCIATION, "toiminnanjohtaja@example.fi")).isFalse();
    }
}
