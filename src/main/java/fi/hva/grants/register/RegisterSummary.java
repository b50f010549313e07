package fi.hva.grants.register;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.region.RegionProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the officer's case summary shows of the register: one line of PRH's data beside the application,
 * and the flags for the reviewer. The application is received whatever the register says; the flags only
 * tell what to weigh. Every value from PRH or the applicant goes through {@link Markdown}.
 */
@Component
public class RegisterSummary {

    private static final Locale FINNISH = Messages.FINNISH;
    private static final Pattern SPACED_ABBREVIATION = Pattern.compile("\\br\\.\\s+([yf])\\.");
    private static final Pattern LEGAL_FORM_ABBREVIATION = Pattern.compile("r\\.?[yf]\\.?");

    private final RegisterChecks checks;
    private final Messages messages;
    private final Set<String> municipalities;

    RegisterSummary(RegisterChecks checks, Messages messages, RegionProperties region) {
        this.checks = checks;
        this.messages = messages;
        this.municipalities = region.municipalities() == null ? Set.of() : region.municipalities().stream()
                .map(RegisterSummary::comparablePlace).collect(Collectors.toUnmodifiableSet());
    }

    /** The register's line and flags for an application naming this business id and association name. */
    public View of(long applicationId, String businessId, String givenName) {
        Optional<RegisterCheck> check = checks.current(applicationId, businessId);
        if (check.isEmpty()) {
            return new View(messages.get("register.summary.unavailable"), List.of(messages.get("flag.register.unavailable")));
        }
        return new View(line(check.get()), flags(check.get(), givenName));
    }

    /**
     * @param line the PRH data, in Markdown, for the summary's facts
     * @param flags each flag for the reviewer, in Markdown; empty when nothing needs weighing
     */
    public record View(String line, List<String> flags) {
    }

    private String line(RegisterCheck check) {
        String checkedAt = Messages.DATE_TIME.format(check.getCheckedAt());
        return switch (check.getOutcome()) {
            case FOUND -> messages.get("register.summary", text(check.getOfficialName()), text(check.getRegisteredOffice()),
                    text(check.getCompanyForm()), standing(check), checkedAt);
            case NOT_FOUND -> messages.get("register.summary.notFound", text(check.getBusinessId()), checkedAt);
            case UNAVAILABLE -> messages.get("register.summary.unavailable");
            case NO_BUSINESS_ID -> messages.get("register.summary.noBusinessId");
        };
    }

    private String standing(RegisterCheck check) {
        return messages.get("register.standing." + check.getStanding().name(),
                check.getEndDate() == null ? "" : Messages.DATE.format(check.getEndDate()));
    }

    private List<String> flags(RegisterCheck check, String givenName) {
        List<String> flags = new ArrayList<>();
        switch (check.getOutcome()) {
            case NOT_FOUND -> flags.add(messages.get("flag.register.notFound", text(check.getBusinessId())));
            case UNAVAILABLE -> flags.add(messages.get("flag.register.unavailable"));
            case NO_BUSINESS_ID -> flags.add(messages.get("flag.register.noBusinessId"));
            case FOUND -> {
                if (check.getStanding() != RegisterStanding.ACTIVE) {
                    flags.add(messages.get("flag.register." + check.getStanding().name(),
                            check.getEndDate() == null ? "" : Messages.DATE.format(check.getEndDate())));
                }
                if (check.getOfficialName() != null && givenName != null
                        && !comparableName(check.getOfficialName()).equals(comparableName(givenName))) {
                    flags.add(messages.get("flag.register.nameDiffers", text(givenName), text(check.getOfficialName())));
                }
                if (check.getRegisteredOffice() != null && !municipalities.contains(comparablePlace(check.getRegisteredOffice()))) {
                    flags.add(messages.get("flag.register.outsideRegion", text(check.getRegisteredOffice())));
                }
            }
        }
        return flags;
    }

    /** Case, spacing and the abbreviation of a registered association ("ry", "r.y.", "rf") do not make names differ. */
    static String comparableName(String name) {
        String lower = SPACED_ABBREVIATION.matcher(name.toLowerCase(FINNISH).replace('\u00a0', ' ')).replaceAll("r$1.");
        return Pattern.compile("\\s+").splitAsStream(lower.strip())
                .filter(word -> !LEGAL_FORM_ABBREVIATION.matcher(word).matches())
                .collect(Collectors.joining(" "));
    }

    private static String comparablePlace(String place) {
        return Objects.requireNonNull(place).strip().toLowerCase(FINNISH);
    }

    private static String text(String value) {
        return value == null ? "–" : Markdown.text(value);
    }
}
