package fi.hva.grants.lahella;

class NoListingRequired implements ListingCheck {

    @Override
    public ListingResult check(ListingQuery query) {
        return ListingResult.notRequired();
    }
}
