package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.common.Now;
import fi.hva.grants.security.DemoSecurityTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DemoSecurityTest
class SignInCleanupIT {

    @Autowired SignInCleanup cleanup;
    @Autowired MagicLinkRepository links;
    @Autowired ApplicantSessionRepository sessions;
    @Autowired RepresentativeSessionRepository representatives;
    @Autowired SuomiFiSignInStateRepository suomiFiSignIns;

    @Test
    void linksAndSessionsGoOnceTheyHaveBeenExpiredForTheRetentionPeriod() {
        Instant now = Now.instant();
        MagicLink oldLink = links.save(new MagicLink(Tokens.hash("old-link"), "0201256-6", "vanha@example.fi",
                now.minus(Duration.ofDays(91)), now.minus(Duration.ofDays(91)).plus(Duration.ofMinutes(30))));
        MagicLink recentLink = links.save(new MagicLink(Tokens.hash("recent-link"), "0201256-6", "tuore@example.fi",
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(10)).plus(Duration.ofMinutes(30))));
        sessions.save(new ApplicantSession(Tokens.hash("old-session"), "0201256-6", "vanha.istunto@example.fi",
                now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(99))));
        sessions.save(new ApplicantSession(Tokens.hash("active-session"), "0201256-6", "voimassa@example.fi",
                now, now.plus(Duration.ofHours(8))));

        cleanup.deleteExpired();

        assertThat(links.findById(oldLink.getId())).isEmpty();
        assertThat(links.findById(recentLink.getId())).isPresent();
        assertThat(sessions.findAll()).extracting(ApplicantSession::getEmail)
                .contains("voimassa@example.fi").doesNotContain("vanha.istunto@example.fi");
    }

    @Test
    void representativesSessionsGoAfterTheRetentionPeriodAndAbandonedSuomiFiSignInsAtOnce() {
        Instant now = Now.instant();
        RepresentativeSession old = representatives.save(new RepresentativeSession(Tokens.hash("old-representative"), "0201256-6",
                "old-subject", "Vanha Edustaja", now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(99))));
        RepresentativeSession active = representatives.save(new RepresentativeSession(Tokens.hash("active-representative"), "0201256-6",
                "active-subject", "Voimassa Oleva", now, now.plus(Duration.ofHours(8))));
        SuomiFiSignInState abandoned = suomiFiSignIns.save(new SuomiFiSignInState(Tokens.hash("abandoned-state"), Tokens.hash("browser"),
                "nonce", "verifier", null, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(45))));
        SuomiFiSignInState underWay = suomiFiSignIns.save(new SuomiFiSignInState(Tokens.hash("under-way-state"), Tokens.hash("browser"),
                "nonce", "verifier", null, now, now.plus(Duration.ofMinutes(15))));

        cleanup.deleteExpired();

        assertThat(representatives.findById(old.getId())).isEmpty();
        assertThat(representatives.findById(active.getId())).isPresent();
        assertThat(suomiFiSignIns.findById(abandoned.getId())).isEmpty();
        assertThat(suomiFiSignIns.findById(underWay.getId())).isPresent();
    }
}
