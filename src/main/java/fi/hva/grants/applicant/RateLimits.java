package fi.hva.grants.applicant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) in this node's memory: per IP address for submissions and sign-in
 * requests, per association for submissions, per e-mail address for sign-in links. With several
 * nodes each node counts separately, so the effective limit is the node count times the setting.
 * <p>
 * The buckets live in Caffeine caches. An entry expires once it has not been used for a whole period
 * of its limit: by then its bucket has refilled, so forgetting it changes nothing. A key that has gone
 * over its limit weighs nothing and so is never evicted for room, only when it expires: filling the
 * cache with new addresses resets no limit. The other keys are bounded in number, and Caffeine's
 * frequency-aware eviction (W-TinyLFU) keeps the busy ones while one-off keys make room for each other.
 * Keys over their limit are as many as the clients that went over it within one period.
 */
@Component
class RateLimits {

    /** Keys of one limit kept besides those over it: a busy day's worth, a few tens of megabytes. */
    static final int MAX_KEYS = 100_000;
    /** Providers documented to ignore dots in the local part, where they give one mailbox many addresses. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Set<String> DOTLESS_DOMAINS = Set.of("gmail.com", "googlemail.com");

    private final Limit perAddress;
    private final Limit perAssociation;
    private final Limit perEmail;

    RateLimits(ApplicantProperties properties) {
        ApplicantProperties.RateLimit limits = properties.rateLimit();
        this.perAddress = new Limit(limits.perAddressPerMinute(), Duration.ofMinutes(1));
        this.perAssociation = new Limit(limits.perAssociationPerHour(), Duration.ofHours(1));
        this.perEmail = new Limit(limits.signInsPerEmailPerHour(), Duration.ofHours(1));
    }

    public void address(String address) {
        perAddress.take(addressKey(address));
    }

    public void association(String businessId) {
        perAssociation.take(businessId);
    }

    public void signInEmail(String email) {
        perEmail.take(emailKey(email));
    }

    /**
     * One IPv6 client usually holds a whole /64 network and can pick any address in it, so the limit
     * is per /64; an IPv4 address (also one mapped into IPv6) is its own key.
     */
    static String addressKey(String address) {
        String literal = address == null || address.indexOf('%') < 0 ? address : address.substring(0, address.indexOf('%'));
        if (literal == null || literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            // Only hex digits, colons and dots: parsed as an address literal, never looked up in DNS.
            InetAddress parsed = InetAddress.getByName(literal);
            return parsed instanceof Inet6Address ? HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64"
                    : parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /**
     * The mailbox an address reaches: lower case, without a {@code +tag} (sub-addressing, which most
     * providers deliver to the same mailbox), and for Gmail without dots. Elsewhere dots are kept: at most
     * providers and at associations' own domains "matti.virtanen" and "mattivirtanen" are different
     * people, who should not use up each other's sign-in links.
     */
    static String emailKey(String email) {
        if (email == null) {
            return null;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return address;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        int tag = local.indexOf('+');
        if (tag > 0) {
            local = local.substring(0, tag);
        }
        if (DOTLESS_DOMAINS.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    private static final class Limit {

        private final Cache<String, Entry> entries;
        private final int capacity;
        private final Duration period;

        Limit(int capacity, Duration period) {
            this.capacity = capacity;
            this.period = period;
            this.entries = Caffeine.newBuilder()
                    .maximumWeight(MAX_KEYS)
                    .weigher((String key, Entry entry) -> entry.overLimit ? 0 : 1)
                    .expireAfterAccess(period)
                    .build();
        }

        void take(String key) {
            String id = key == null ? "" : key;
            Entry entry = entries.get(id, k -> new Entry(bucket()));
            ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                if (!entry.overLimit) {
                    entry.overLimit = true;
                    // Weighed again: weight 0 leaves it out of size-based eviction until it expires.
                    entries.put(id, entry);
                }
                throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
        }

        private Bucket bucket() {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                    .build();
        }
    }

    private static final class Entry {

        private final Bucket bucket;
        private volatile boolean overLimit;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
