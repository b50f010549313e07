package fi.hva.grants.suomifi;

import java.util.List;

/** An organisation of e-Authorizations' organisation roles answer: its business id, name and the person's roles in it. */
public record Organization(String identifier, String name, List<String> roles) {

    public Organization {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
