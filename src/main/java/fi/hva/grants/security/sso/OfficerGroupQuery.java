package fi.hva.grants.security.sso;

import static fi.hva.grants.security.sso.InMemoryQueries.like;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;

import fi.hva.grants.security.Groups;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;

/**
 * Groups of the read-only identity: the application's fixed groups ({@link Groups#ALL}) with their Finnish names,
 * and as members the officers whose latest token mapped to them. Potential starters and tenants match nothing.
 */
class OfficerGroupQuery extends GroupQueryImpl {

    private final transient OfficerDirectory directory;
    private final transient Map<String, String> names;

    OfficerGroupQuery(OfficerDirectory directory, Map<String, String> names) {
        this.directory = directory;
        this.names = names;
    }

    OfficerGroupQuery(CommandExecutor commandExecutor, OfficerDirectory directory, Map<String, String> names) {
        super(commandExecutor);
        this.directory = directory;
        this.names = names;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return InMemoryQueries.orderAndPage(matching(commandContext), getOrderingProperties(), OfficerGroupQuery::column, page);
    }

    private Stream<Group> matching(CommandContext commandContext) {
        if (procDefId != null || tenantId != null) {
            return Stream.empty();
        }
        List<String> membersOf = userId == null ? null
                : directory.find(userId).map(Officer::groupIds).orElse(List.of());
        return Groups.ALL.stream().sorted()
                .filter(groupId -> id == null || id.equals(groupId))
                .filter(groupId -> ids == null || Arrays.asList(ids).contains(groupId))
                .filter(groupId -> membersOf == null || membersOf.contains(groupId))
                .map(this::group)
                .filter(group -> name == null || name.equals(group.getName()))
                .filter(group -> nameLike == null || like(group.getName(), nameLike))
                .filter(group -> type == null || type.equals(group.getType()))
                .filter(group -> InMemoryQueries.readable(commandContext, Resources.GROUP, group.getId()));
    }

    private Group group(String groupId) {
        GroupEntity group = new GroupEntity(groupId);
        group.setName(names.get(groupId));
        group.setType(Groups.ADMINS.equals(groupId) ? GROUP_TYPE_SYSTEM : GROUP_TYPE_WORKFLOW);
        return group;
    }

    private static Function<Group, String> column(String property) {
        return switch (property) {
            case "ID_" -> Group::getId;
            case "NAME_" -> Group::getName;
            case "TYPE_" -> Group::getType;
            default -> null;
        };
    }
}
