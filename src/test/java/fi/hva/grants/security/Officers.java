package fi.hva.grants.security;

import java.util.List;

/**
 * The groups of the demo users, for tests that act as an officer through the engine. The test profile
 * creates no users, and the engine does not need them: an authentication is a user id with its groups.
 * Read from {@link DemoUsers}, so a test's officer has exactly the role they have in the demo.
 */
public final class Officers {

    private Officers() {
    }

    public static List<String> groupsOf(String userId) {
        List<String> groups = DemoUsers.USERS.stream().filter(user -> user.id().equals(userId)).map(DemoUsers.DemoUser::groupId).toList();
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(userId + " is no demo user; use one of the README's demo users");
        }
        return groups;
    }
}
