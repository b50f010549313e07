package fi.hva.grants.grant;

import fi.hva.grants.region.RegionProperties;
import fi.hva.grants.register.RegisterCheck;
import fi.hva.grants.register.RegisterChecks;
import fi.hva.grants.register.RegisterOutcome;
import fi.hva.grants.register.RegisterStanding;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the eligibility table (processes/application-eligibility.dmn) decides on, handed to it as input mappings like
 * {@link RoutingFacts}. Every fact is a word the process owner reads in Camunda Modeler: the applicant's declarations
 * (YES, NO, UNANSWERED), whether the registered office is in the region's municipalities by the application and by PRH,
 * and what PRH's register says of the association.
 */
@Component("eligibilityFacts")
public class EligibilityFacts {

    static final String YES = "YES";
    static final String NO = "NO";
    static final String UNANSWERED = "UNANSWERED";
    static final String UNKNOWN = "UNKNOWN";
    /** In PRH's register and active, but not an association (e.g. a limited company). */
    static final String NOT_ASSOCIATION = "NOT_ASSOCIATION";
    static final String NOT_FOUND = "NOT_FOUND";

    private final Applications applications;
    private final RegisterChecks registerChecks;
    private final RegionProperties region;

    EligibilityFacts(Applications applications, RegisterChecks registerChecks, RegionProperties region) {
        this.applications = applications;
        this.registerChecks = registerChecks;
        this.region = region;
    }

    public String region() {
        return region.id();
    }

    @Transactional(readOnly = true)
    public String registeredAssociation(long applicationId) {
        return answer(declarations(applicationId).registeredAssociation());
    }

    @Transactional(readOnly = true)
    public String nonProfit(long applicationId) {
        return answer(declarations(applicationId).nonProfit());
    }

    @Transactional(readOnly = true)
    public String activityWhollyForRegion(long applicationId) {
        return answer(declarations(applicationId).activityWhollyForRegion());
    }

    @Transactional(readOnly = true)
    public String separateBookkeeping(long applicationId) {
        return answer(declarations(applicationId).separateBookkeeping());
    }

    @Transactional(readOnly = true)
    public String officeInRegion(long applicationId) {
        return region.hasMunicipality(applications.get(applicationId).getMunicipality()) ? YES : NO;
    }

    /** Reads the check stored on submission ("Tarkista yhdistys PRH:n rekisteristä" just ran); UNKNOWN when PRH did not answer. */
    @Transactional
    public String registerStanding(long applicationId) {
        return registerCheck(applicationId).map(EligibilityFacts::standing).orElse(UNKNOWN);
    }

    @Transactional
    public String registerOfficeInRegion(long applicationId) {
        return registerCheck(applicationId)
                .filter(check -> check.getOutcome() == RegisterOutcome.FOUND && check.getRegisteredOffice() != null)
                .map(check -> region.hasMunicipality(check.getRegisteredOffice()) ? YES : NO)
                .orElse(UNKNOWN);
    }

    private Optional<RegisterCheck> registerCheck(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        return registerChecks.current(applicationId, application.getAssociation().getBusinessId());
    }

    private static String standing(RegisterCheck check) {
        return switch (check.getOutcome()) {
            case NOT_FOUND -> NOT_FOUND;
            case UNAVAILABLE, NO_BUSINESS_ID -> UNKNOWN;
            case FOUND -> check.getStanding() == RegisterStanding.ACTIVE && !isAssociation(check.getCompanyForm())
                    ? NOT_ASSOCIATION : check.getStanding().name();
        };
    }

    /** PRH's company form of a registered association is "Aatteellinen yhdistys" (in Swedish "Ideell förening"). */
    private static boolean isAssociation(String companyForm) {
        if (companyForm == null) {
            return true;
        }
        String form = companyForm.toLowerCase(Locale.ROOT);
        return form.contains("yhdistys") || form.contains("förening");
    }

    private EligibilityDeclarations declarations(long applicationId) {
        return applications.get(applicationId).getDeclarations();
    }

    private static String answer(Boolean declared) {
        if (declared == null) {
            return UNANSWERED;
        }
        return declared ? YES : NO;
    }
}
