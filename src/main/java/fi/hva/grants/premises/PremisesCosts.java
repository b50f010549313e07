package fi.hva.grants.premises;

import java.math.BigDecimal;

/** The premises let free of charge in a year and the cost the county bore for them. */
public record PremisesCosts(long granted, BigDecimal cost) {
}
