package fi.hva.grants.applicant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.hva.grants.grant.AttachmentProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Upload attempts per signed-in session and per application, refused ones included, in token buckets (Bucket4j) in
 * this node's memory, counted before the body is parsed or the file checked. A bucket left alone for an hour is full
 * again, so it then expires from memory (Caffeine) without resetting anyone's limit; only valid sessions and the
 * applicant's own applications get a bucket, so no one can fill the memory with made-up keys.
 */
@Component
class UploadRateLimits {

    private static final Duration PERIOD = Duration.ofHours(1);

    private final Cache<String, Bucket> perSession = Caffeine.newBuilder().expireAfterAccess(PERIOD).build();
    private final Cache<Long, Bucket> perApplication = Caffeine.newBuilder().expireAfterAccess(PERIOD).build();
    private final AttachmentProperties limits;

    UploadRateLimits(AttachmentProperties limits) {
        this.limits = limits;
    }

    /** @param sessionTokenHash the stored hash of the session's bearer token */
    void session(String sessionTokenHash) {
        take(perSession.get(sessionTokenHash, key -> bucket(limits.uploadsPerSessionPerHour())));
    }

    void application(Long applicationId) {
        take(perApplication.get(applicationId, key -> bucket(limits.uploadsPerApplicationPerHour())));
    }

    private static void take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, PERIOD).build()).build();
    }
}
