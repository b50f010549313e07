package fi.hva.grants.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, one or two per role, all with the password {@value #PASSWORD}. Only in the demo profile:
 * no other profile gets a user with a known password.
 */
@Component
@Profile("demo")
public class DemoUsers {

    /** After {@link IdentityBootstrap}, because a membership needs its group. */
    public static final int ORDER = IdentityBootstrap.ORDER + 10;

    static final String PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, String groupId) {
        String email() {
            return id + "@example.fi";
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("liisa", "Liisa", "Laaksonen", Groups.LIAISON_OFFICERS),
            new DemoUser("ville", "Ville", "Virtanen", Groups.LIAISON_DEPUTIES),
            new DemoUser("maija", "Maija", "Mäkinen", Groups.AREA_MENTAL_HEALTH),
            new DemoUser("eero", "Eero", "Heikkinen", Groups.AREA_ELDERLY),
            new DemoUser("pirjo", "Pirjo", "Korhonen", Groups.AREA_FAMILY),
            new DemoUser("veikko", "Veikko", "Nieminen", Groups.AREA_DISABILITY),
            new DemoUser("sanna", "Sanna", "Järvinen", Groups.BOARD_SECRETARIES),
            new DemoUser("tapio", "Tapio", "Lehtonen", Groups.FINANCE),
            new DemoUser("kaisa", "Kaisa", "Hämäläinen", Groups.PARTNERSHIP_MANAGERS),
            new DemoUser("riikka", "Riikka", "Rantanen", Groups.REGISTRY_OFFICE),
            new DemoUser("timo", "Timo", "Tilanen", Groups.PREMISES_SUPERVISORS),
            new DemoUser("johanna", "Johanna", "Koskinen", Groups.MANAGERS));

    private final IdentityService identityService;

    public DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    public void onApplicationReady() {
        USERS.forEach(this::ensure);
    }

    private void ensure(DemoUser demoUser) {
        if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
            User user = identityService.newUser(demoUser.id());
            user.setFirstName(demoUser.firstName());
            user.setLastName(demoUser.lastName());
            user.setEmail(demoUser.email());
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(demoUser.groupId()).count() == 0) {
            identityService.createMembership(demoUser.id(), demoUser.groupId());
        }
    }
}
