package fi.hva.grants.security.sso;

import java.util.List;

/** An officer as the county's provider describes them in a token, with their groups already mapped to ours. */
record Officer(String id, String firstName, String lastName, String email, List<String> groupIds) {

    Officer {
        groupIds = List.copyOf(groupIds);
    }
}
