package fi.hva.grants.demo;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.Now;
import fi.hva.grants.demo.DemoData.CallStage;
import fi.hva.grants.demo.DemoData.DemoCall;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.security.DemoUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo database with calls and applications in progress, created through the real
 * processes, so that every demo user finds work in Tasklist. A database that already has a call is
 * left alone: the demo data, or someone's own work, is there already.
 */
@Component
@Profile("demo")
class DemoDataRunner {

    /** After the demo users, whom the tasks are claimed for. */
    public static final int ORDER = DemoUsers.ORDER + 90;

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final GrantCallRepository calls;
    private final GrantApplicationRepository applications;
    private final DemoCalls demoCalls;
    private final DemoApplications demoApplications;
    private final DemoPartnerships demoPartnerships;
    private final IdentityService identityService;

    DemoDataRunner(GrantCallRepository calls, GrantApplicationRepository applications, DemoCalls demoCalls,
                          DemoApplications demoApplications, DemoPartnerships demoPartnerships, IdentityService identityService) {
        this.calls = calls;
        this.applications = applications;
        this.demoCalls = demoCalls;
        this.demoApplications = demoApplications;
        this.demoPartnerships = demoPartnerships;
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    public void onApplicationReady() {
        run();
    }

    /** Not transactional on purpose: each step commits, so the jobs it creates can run before the next one. */
    public void run() {
        // The county's own system account does this, not a logged-in person.
        identityService.clearAuthentication();
        if (calls.count() > 0) {
            log.info("Demo data not created: the database already has grant calls");
            return;
        }
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        List<String> callCodes = new ArrayList<>();
        String openCallCode = null;
        for (DemoCall call : DemoData.CALLS) {
            String code = demoCalls.create(call, today);
            callCodes.add(code);
            if (call.stage() == CallStage.OPEN) {
                openCallCode = code;
            }
        }
        for (DemoData.DemoApplication application : DemoData.APPLICATIONS) {
            demoApplications.submit(application, openCallCode, today);
        }
        demoPartnerships.create(today);
        log.info("Demo data created: calls {}; applications to {} by status {}",
                callCodes.stream().map(this::withStatus).toList(), openCallCode, applicationStatuses(openCallCode));
    }

    private String withStatus(String callCode) {
        return callCode + " " + callByCode(callCode).getStatus();
    }

    private Map<String, Long> applicationStatuses(String callCode) {
        return applications.findByCallIdOrderByApplicationNumber(callByCode(callCode).getId()).stream()
                .collect(Collectors.groupingBy(application -> application.getStatus().name(), TreeMap::new,
                        Collectors.counting()));
    }

    private GrantCall callByCode(String code) {
        return calls.findByCode(code).orElseThrow(() -> new IllegalStateException("Demo call " + code + " is missing"));
    }
}
