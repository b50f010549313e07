package fi.hva.grants.publication;

import fi.hva.grants.common.GrantType;
import java.math.BigDecimal;

/** One published grant: nothing about the association's people, only what the decision gave to what. */
public record PublishedGrant(String association, String activity, GrantType grantForm, BigDecimal amount) {
}
