package fi.hva.grants.applicant;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) in this node's memory: per IP address for submissions and sign-in
 * requests, per association for submissions, per e-mail address for sign-in links. With several
 * nodes each node counts separately, so the effective limit is the node count times the setting.
 */
@Component
public class RateLimits {

    /** Enough keys for a busy day; beyond it the maps start over rather than grow without bound. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> perAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> perAssociation = new ConcurrentHashMap<>();
    private final Map<String, Bucket> perEmail = new ConcurrentHashMap<>();
    private final ApplicantProperties.RateLimit limits;

    public RateLimits(ApplicantProperties properties) {
        this.limits = properties.rateLimit();
    }

    public void address(String address) {
        take(perAddress, address, key -> bucket(limits.perAddressPerMinute(), Duration.ofMinutes(1)));
    }

    public void association(String businessId) {
        take(perAssociation, businessId, key -> bucket(limits.perAssociationPerHour(), Duration.ofHours(1)));
    }

    public void signInEmail(String email) {
        take(perEmail, email, key -> bucket(limits.signInsPerEmailPerHour(), Duration.ofHours(1)));
    }

    private static void take(Map<String, Bucket> buckets, String key, Function<String, Bucket> create) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key == null ? "" : key, create).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Bucket bucket(int capacity, Duration period) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
