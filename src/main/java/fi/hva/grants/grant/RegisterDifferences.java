package fi.hva.grants.grant;

import fi.hva.grants.association.Association;
import fi.hva.grants.common.Iban;
import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Where the association's details in an application differ from the association register. Anyone who
 * controls an e-mail address can apply under a business id, so a name, home municipality, contact
 * address or account other than the register's is something for the officer to check before a decision
 * or a payment; the register itself is not changed by an application. Case and spacing do not count
 * as a difference, and nothing is compared where the register has no value.
 */
@Component
class RegisterDifferences {

    private final Messages messages;

    RegisterDifferences(Messages messages) {
        this.messages = messages;
    }

    /** The case summary's flag, in Markdown, when anything differs. */
    Optional<String> of(GrantApplication application) {
        Association register = application.getAssociation();
        List<String> differences = new ArrayList<>();
        compare(differences, "name", register.getName(), application.getAssociationName(), RegisterDifferences::plain);
        compare(differences, "municipality", register.getMunicipality(), application.getMunicipality(), RegisterDifferences::plain);
        compare(differences, "email", register.getEmail(), application.getContactEmail(), RegisterDifferences::plain);
        compare(differences, "iban", register.getIban(), application.getIban(), RegisterDifferences::account);
        return differences.isEmpty() ? Optional.empty()
                : Optional.of(messages.get("flag.registerDiffers", String.join("; ", differences)));
    }

    private static String account(String written) {
        return Iban.parse(written).map(Iban::value).orElse(written);
    }

    private void compare(List<String> differences, String field, String registered, String given,
                         UnaryOperator<String> normal) {
        if (registered != null && given != null && !normal.apply(registered).equals(normal.apply(given))) {
            differences.add(messages.get("flag.registerDiffers." + field, Markdown.text(registered), Markdown.text(given)));
        }
    }

    private static String plain(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
