package fi.hva.grants.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Terms every text an officer or applicant reads gets right (issue 15, "Terms"), over all message bundles. */
class FinnishTermsTest {

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void readBundles() throws IOException {
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties properties = new Properties();
            try (InputStream in = bundle.getInputStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.forEach((key, value) -> TEXTS.add(key + "=" + value));
        }
        assertThat(TEXTS).hasSizeGreaterThan(100);
    }

    @Test
    void anAssociationHasARegisteredOfficeNotAHomeMunicipality() {
        assertThat(TEXTS).noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("kotikun"));
    }

    /** "{0}:lla" reads wrong when {0} is an amount such as "10 000,00 €": no case ending is glued to a placeholder. */
    @Test
    void noCaseEndingIsGluedToAPlaceholder() {
        assertThat(TEXTS).noneMatch(text -> text.matches("(?s).*\\{\\d}:(lla|llä|lta|ltä|sta|stä|ssa|ssä|n)\\b.*"));
    }

    @Test
    void recoveryIsOfAnAmountNotFromIt() {
        assertThat(TEXTS).noneMatch(text -> text.contains("määrältä"));
    }

    /** Hallintolaki 59 §: the notice is deemed received on the third day "jollei muuta näytetä". */
    @Test
    void theThreeDayRuleSaysUnlessShownOtherwise() {
        assertThat(TEXTS).filteredOn(text -> text.contains("kolmantena päivänä")).isNotEmpty()
                .allMatch(text -> text.contains("jollei muuta näytetä"));
    }
}
