package fi.hva.grants.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Answers are kept for a day, found or not; a failure is not kept. The cache's clock is moved by hand. */
class CachedCompanyRegisterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final List<String> asked = new ArrayList<>();
    private boolean down;

    private final CompanyRegister prh = businessId -> {
        asked.add(businessId);
        if (down) {
            throw new RegisterUnavailableException("down in this test", null);
        }
        return businessId.equals("0201256-6") ? Optional.of(new RegisterEntry(businessId, "Kajaanin Mielenterveysyhdistys ry",
                "Kajaani", "Aatteellinen yhdistys", RegisterStanding.ACTIVE, null)) : Optional.empty();
    };

    private final CachedCompanyRegister cached = new CachedCompanyRegister(prh, Duration.ofDays(1), ticker);

    @Test
    void answerFoundOrNotIsAskedOnceADay() {
        assertThat(cached.find("0201256-6")).isPresent();
        assertThat(cached.find("1234567-1")).isEmpty();
        pass(Duration.ofHours(23));
        assertThat(cached.find("0201256-6")).isPresent();
        assertThat(cached.find("1234567-1")).isEmpty();
        assertThat(asked).containsExactly("0201256-6", "1234567-1");

        pass(Duration.ofHours(2));
        cached.find("0201256-6");

        assertThat(asked).containsExactly("0201256-6", "1234567-1", "0201256-6");
    }

    @Test
    void outageIsNotKept() {
        down = true;
        assertThatThrownBy(() -> cached.find("0201256-6")).isInstanceOf(RegisterUnavailableException.class);

        down = false;

        assertThat(cached.find("0201256-6")).isPresent();
        assertThat(asked).hasSize(2);
    }

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }
}
