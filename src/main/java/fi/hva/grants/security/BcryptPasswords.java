package fi.hva.grants.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Lets the engine check passwords stored as {@code {bcrypt}$2y$…}, so that the first administrator's password can be
 * given to the application as a bcrypt hash (from htpasswd or any bcrypt tool) instead of in plain text. Passwords set
 * through Camunda Admin keep Camunda's own salted SHA-512.
 */
@Component
class BcryptPasswords extends AbstractProcessEnginePlugin {

    static final String ALGORITHM = "bcrypt";

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<PasswordEncryptor> checkers = configuration.getCustomPasswordChecker() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPasswordChecker());
        checkers.add(new BcryptChecker());
        configuration.setCustomPasswordChecker(checkers);
    }

    /** Whether the text is a bcrypt hash that this checker can verify. */
    static boolean isHash(String text) {
        return text != null && text.matches("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    }

    static String stored(String hash) {
        return "{" + ALGORITHM + "}" + hash;
    }

    private static final class BcryptChecker implements PasswordEncryptor {

        @Override
        public String encrypt(String password) {
            return BCRYPT.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return BCRYPT.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return ALGORITHM;
        }
    }
}
