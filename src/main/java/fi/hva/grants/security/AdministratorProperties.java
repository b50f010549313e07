package fi.hva.grants.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production install (README, "Production"). Both empty: no local administrator, e.g.
 * where administrators come from the identity provider.
 *
 * @param user the administrator's user id ({@code GRANTS_ADMIN_USER})
 * @param passwordHash the bcrypt hash of the administrator's password ({@code GRANTS_ADMIN_PASSWORD_HASH}); a changed
 *        hash replaces the password on the next start
 */
@ConfigurationProperties(prefix = "grants.admin")
record AdministratorProperties(String user, String passwordHash) {

    AdministratorProperties {
        boolean hasUser = user != null && !user.isBlank();
        boolean hasHash = passwordHash != null && !passwordHash.isBlank();
        if (hasUser != hasHash) {
            throw new IllegalStateException("Set both GRANTS_ADMIN_USER and GRANTS_ADMIN_PASSWORD_HASH, or neither.");
        }
        if (hasHash && !BcryptPasswords.isHash(passwordHash.strip())) {
            throw new IllegalStateException("GRANTS_ADMIN_PASSWORD_HASH is not a bcrypt hash ($2y$12$…); see the README, \"Production\".");
        }
    }

    boolean configured() {
        return user != null && !user.isBlank();
    }
}
