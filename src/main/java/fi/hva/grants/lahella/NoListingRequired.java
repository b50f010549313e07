package fi.hva.grants.lahella;

public class NoListingRequired implements ListingCheck {

    @Override
    public ListingResult check(ListingQuery query) {
        return ListingResult.notRequired();
    }
}
