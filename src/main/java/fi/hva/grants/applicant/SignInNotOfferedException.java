package fi.hva.grants.applicant;

/** A sign-in other than the county's mode (grants.applicant.sign-in) was asked for: it must not be a way around it. */
class SignInNotOfferedException extends RuntimeException {

    SignInNotOfferedException() {
        super("This sign-in is not the county's sign-in mode");
    }

    static void unless(boolean offered) {
        if (!offered) {
            throw new SignInNotOfferedException();
        }
    }
}
