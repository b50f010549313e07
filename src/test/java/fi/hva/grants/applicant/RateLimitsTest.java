package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(new ApplicantProperties("http://localhost", Duration.ofMinutes(30),
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
}
