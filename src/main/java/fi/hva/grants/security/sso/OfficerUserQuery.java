package fi.hva.grants.security.sso;

import static fi.hva.grants.security.sso.InMemoryQueries.like;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Users of the read-only identity: the officers recorded at login. Supports every filter of Camunda's user query but
 * the potential starter of a process definition and tenants (the application uses neither), which match nobody.
 */
class OfficerUserQuery extends UserQueryImpl {

    private final transient OfficerDirectory directory;

    OfficerUserQuery(OfficerDirectory directory) {
        this.directory = directory;
    }

    OfficerUserQuery(CommandExecutor commandExecutor, OfficerDirectory directory) {
        super(commandExecutor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return InMemoryQueries.orderAndPage(matching(commandContext), getOrderingProperties(), OfficerUserQuery::column, page).stream()
                .map(OfficerUserQuery::user).toList();
    }

    private Stream<Officer> matching(CommandContext commandContext) {
        if (procDefId != null || tenantId != null) {
            return Stream.empty();
        }
        return directory.all().stream()
                .filter(officer -> id == null || id.equals(officer.id()))
                .filter(officer -> ids == null || Arrays.asList(ids).contains(officer.id()))
                .filter(officer -> firstName == null || firstName.equals(officer.firstName()))
                .filter(officer -> firstNameLike == null || like(officer.firstName(), firstNameLike))
                .filter(officer -> lastName == null || lastName.equals(officer.lastName()))
                .filter(officer -> lastNameLike == null || like(officer.lastName(), lastNameLike))
                .filter(officer -> email == null || email.equals(officer.email()))
                .filter(officer -> emailLike == null || like(officer.email(), emailLike))
                .filter(officer -> groupId == null || officer.groupIds().contains(groupId))
                .filter(officer -> InMemoryQueries.readable(commandContext, Resources.USER, officer.id()))
                .sorted(Comparator.comparing(Officer::id));
    }

    private static Function<Officer, String> column(String property) {
        return switch (property) {
            case "ID_" -> Officer::id;
            case "FIRST_" -> Officer::firstName;
            case "LAST_" -> Officer::lastName;
            case "EMAIL_" -> Officer::email;
            default -> null;
        };
    }

    private static User user(Officer officer) {
        UserEntity user = new UserEntity(officer.id());
        user.setFirstName(officer.firstName());
        user.setLastName(officer.lastName());
        user.setEmail(officer.email());
        return user;
    }
}
