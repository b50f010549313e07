package fi.hva.grants.lahella;

/** For services without any interface (such as Ihimiset.fi): the officer always checks by hand. */
class ManualListingCheck implements ListingCheck {

    @Override
    public ListingResult check(ListingQuery query) {
        return ListingResult.undecided(ListingReason.NO_INTERFACE);
    }
}
