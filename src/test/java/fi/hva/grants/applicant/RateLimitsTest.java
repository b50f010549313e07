package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(new ApplicantProperties(ApplicantProperties.SignInMode.MAGIC_LINK, "http://localhost", Duration.ofMinutes(30),
            Duration.ofHours(8), Duration.ofDays(90), DataSize.ofKilobytes(64), new ApplicantProperties.RateLimit(2, 3, 1)));

    @Test
    void anAddressGetsItsRequestsPerMinute() {
        limits.address("192.0.2.1");
        limits.address("192.0.2.1");

        assertThatThrownBy(() -> limits.address("192.0.2.1")).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThatCode(() -> limits.address("192.0.2.2")).doesNotThrowAnyException();
    }

    @Test
    void anAssociationGetsItsSubmissionsPerHour() {
        for (int i = 0; i < 3; i++) {
            limits.association("0201256-6");
        }

        assertThatThrownBy(() -> limits.association("0201256-6")).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> limits.association("1572860-0")).doesNotThrowAnyException();
    }

    @Test
    void anEmailAddressGetsItsSignInLinksPerHour() {
        limits.signInEmail("aino@example.fi");

        assertThatThrownBy(() -> limits.signInEmail("aino@example.fi")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void fillingTheCacheWithNewAddressesResetsNoLimit() {
        for (int i = 0; i < 12; i++) {
            try {
                limits.address("192.0.2.7");
            } catch (RateLimitedException e) {
                // An abuser keeps trying.
            }
        }

        for (int i = 0; i < 2 * RateLimits.MAX_KEYS; i++) {
            limits.address("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }

        assertThatThrownBy(() -> limits.address("192.0.2.7")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void subAddressingAndCaseShareTheLimitOfTheMailbox() {
        limits.signInEmail("a@example.fi");

        assertThatThrownBy(() -> limits.signInEmail("a+x@example.fi")).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> limits.signInEmail("A@Example.fi")).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> limits.signInEmail(" A+toinen+kolmas@EXAMPLE.FI ")).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> limits.signInEmail("b@example.fi")).doesNotThrowAnyException();
    }

    @Test
    void dotsCountExceptAtGmail() {
        assertThat(RateLimits.emailKey("Matti.Virtanen+haku@Example.fi")).isEqualTo("matti.virtanen@example.fi");
        assertThat(RateLimits.emailKey("mattivirtanen@example.fi")).isEqualTo("mattivirtanen@example.fi");
        assertThat(RateLimits.emailKey("Matti.Virtanen+haku@googlemail.com")).isEqualTo(RateLimits.emailKey("mattivirtanen@gmail.com"))
                .isEqualTo("mattivirtanen@gmail.com");
        assertThat(RateLimits.emailKey("+alku@example.fi")).isEqualTo("+alku@example.fi");
        assertThat(RateLimits.emailKey("ei-osoite")).isEqualTo("ei-osoite");
    }

    @Test
    void anIpv6ClientIsLimitedByItsSlash64() {
        limits.address("2001:db8:0:0::1");
        limits.address("2001:db8::ffff:2");

        assertThatThrownBy(() -> limits.address("2001:DB8:0:0:1:2:3:4")).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> limits.address("2001:db8:0:1::1")).doesNotThrowAnyException();
        assertThat(RateLimits.addressKey("::ffff:192.0.2.9")).isEqualTo("192.0.2.9");
        assertThat(RateLimits.addressKey("192.0.2.9")).isEqualTo("192.0.2.9");
        assertThat(RateLimits.addressKey("ei:osoite")).isEqualTo("ei:osoite");
    }
}
