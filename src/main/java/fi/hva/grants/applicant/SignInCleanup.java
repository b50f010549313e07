package fi.hva.grants.applicant;

import fi.hva.grants.common.Now;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes sign-in links and sessions, with the e-mail addresses and names they hold, once they have been expired for
 * the retention period (GDPR data minimisation), and Suomi.fi sign-ins abandoned half-way at once. Every node runs it;
 * a second delete finds nothing.
 */
@Component
class SignInCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(SignInCleanup.class);

    private final MagicLinkRepository links;
    private final ApplicantSessionRepository sessions;
    private final RepresentativeSessionRepository representatives;
    private final SuomiFiSignInStateRepository suomiFiSignIns;
    private final ApplicantProperties properties;

    SignInCleanup(MagicLinkRepository links, ApplicantSessionRepository sessions, RepresentativeSessionRepository representatives,
                  SuomiFiSignInStateRepository suomiFiSignIns, ApplicantProperties properties) {
        this.links = links;
        this.sessions = sessions;
        this.representatives = representatives;
        this.suomiFiSignIns = suomiFiSignIns;
        this.properties = properties;
    }

    @Scheduled(cron = "${grants.applicant.sign-in-cleanup:0 30 3 * * *}", zone = "Europe/Helsinki")
    @Transactional
    public void deleteExpired() {
        Instant before = Now.instant().minus(properties.signInRetention());
        int deletedLinks = links.deleteExpiredBefore(before);
        int deletedSessions = sessions.deleteExpiredBefore(before) + representatives.deleteExpiredBefore(before);
        int abandoned = suomiFiSignIns.deleteExpiredBefore(Now.instant());
        LOG.info("Deleted {} sign-in links and {} sessions expired before {}, and {} abandoned Suomi.fi sign-ins",
                deletedLinks, deletedSessions, before, abandoned);
    }
}
