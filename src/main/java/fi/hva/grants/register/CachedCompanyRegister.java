package fi.hva.grants.register;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps each answer, found or not, for {@code grants.register.max-age} (a day), so that the submission
 * check and the officers' case summaries of one association ask PRH once a day. A failure is not kept:
 * the next call asks again.
 */
class CachedCompanyRegister implements CompanyRegister {

    private final CompanyRegister register;
    private final Cache<String, Optional<RegisterEntry>> answers;

    CachedCompanyRegister(CompanyRegister register, Duration maxAge, Ticker ticker) {
        this.register = register;
        this.answers = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(10_000).ticker(ticker).build();
    }

    @Override
    public Optional<RegisterEntry> find(String businessId) {
        return answers.get(businessId, register::find);
    }
}
