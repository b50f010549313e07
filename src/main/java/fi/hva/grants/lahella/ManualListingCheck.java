package fi.hva.grants.lahella;

/** For services without any interface (such as Ihimiset.fi): the officer always checks by hand. */
public class ManualListingCheck implements ListingCheck {

    private final String serviceName;

    public ManualListingCheck(ListingProperties properties) {
        this.serviceName = properties.serviceName();
    }

    @Override
    public ListingResult check(ListingQuery query) {
        return ListingResult.undecided(serviceName
                + "-palvelulla ei ole rajapintaa, joten ilmoitusta ei voi tarkistaa automaattisesti;"
                + " tarkista käsin, onko yhdistys ilmoitettu palvelussa.");
    }
}
