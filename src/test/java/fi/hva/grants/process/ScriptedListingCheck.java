package fi.hva.grants.process;

import fi.hva.grants.lahella.ListingCheck;
import fi.hva.grants.lahella.ListingQuery;
import fi.hva.grants.lahella.ListingResult;
import fi.hva.grants.lahella.ListingServiceUnavailableException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The listing service as each test needs it: answering, undecided or down. */
@TestConfiguration
public class ScriptedListingCheck {

    private static final AtomicReference<ListingResult> ANSWER = new AtomicReference<>();

    public static void answer(ListingResult result) {
        ANSWER.set(result);
    }

    public static void down() {
        ANSWER.set(null);
    }

    @Bean
    @Primary
    ListingCheck scriptedListingCheck() {
        return new ListingCheck() {
            @Override
            public ListingResult check(ListingQuery query) {
                ListingResult result = ANSWER.get();
                if (result == null) {
                    throw new ListingServiceUnavailableException("Listing service down in this test");
                }
                return result;
            }
        };
    }
}
