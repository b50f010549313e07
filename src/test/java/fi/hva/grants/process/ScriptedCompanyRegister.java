package fi.hva.grants.process;

import fi.hva.grants.register.CompanyRegister;
import fi.hva.grants.register.RegisterEntry;
import fi.hva.grants.register.RegisterStanding;
import fi.hva.grants.register.RegisterUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** PRH's register as each process test needs it: answering, not knowing the business id, or down. Not cached. */
@TestConfiguration
public class ScriptedCompanyRegister {

    /** What the register says of the association of {@link ProcessFixtures#application}. */
    public static final RegisterEntry FIXTURE_ASSOCIATION = new RegisterEntry("0201256-6",
            "Kajaanin Mielenterveysyhdistys ry", "Kajaani", "Aatteellinen yhdistys", RegisterStanding.ACTIVE, null);

    private static final AtomicReference<Optional<RegisterEntry>> ANSWER = new AtomicReference<>();
    private static final List<String> ASKED = new ArrayList<>();
    private static final AtomicInteger DOWN_FOR = new AtomicInteger();

    public static void answer(RegisterEntry entry) {
        ANSWER.set(Optional.of(entry));
    }

    public static void notFound() {
        ANSWER.set(Optional.empty());
    }

    public static void down() {
        ANSWER.set(null);
    }

    /** Down for the next calls, then answering with the fixtures' association. */
    public static void downFor(int calls) {
        answer(FIXTURE_ASSOCIATION);
        DOWN_FOR.set(calls);
    }

    /** The business ids asked since the test began. */
    public static synchronized List<String> asked() {
        return List.copyOf(ASKED);
    }

    static synchronized void reset() {
        ASKED.clear();
        DOWN_FOR.set(0);
        answer(FIXTURE_ASSOCIATION);
    }

    @Bean
    @Primary
    CompanyRegister scriptedCompanyRegister() {
        return businessId -> {
            synchronized (ScriptedCompanyRegister.class) {
                ASKED.add(businessId);
            }
            Optional<RegisterEntry> answer = ANSWER.get();
            if (answer == null || DOWN_FOR.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new RegisterUnavailableException("PRH down in this test", null);
            }
            return answer.filter(entry -> entry.businessId().equals(businessId));
        };
    }
}
