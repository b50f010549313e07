package fi.hva.grants.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the feature packages apart (docs/architecture.md): each rule holds for the application and
 * fails for {@code fi.hva.brokenfeatures}, a small copy of the mistakes it is there to catch.
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.hva.grants");
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("fi.hva.brokenfeatures");

    private final FeatureRules application = new FeatureRules("fi.hva.grants");
    private final FeatureRules broken = new FeatureRules("fi.hva.brokenfeatures");

    @Test
    void featurePackagesHaveNoCycles() {
        application.noCyclesBetweenFeatures().check(APPLICATION);

        assertThat(violations(broken.noCyclesBetweenFeatures()))
                .anySatisfy(line -> assertThat(line).contains("alpha").contains("beta"));
    }

    @Test
    void delegatesCallOnlyTheirOwnFeaturesServices() {
        application.delegatesCallOnlyTheirOwnFeaturesServices().check(APPLICATION);

        assertThat(violations(broken.delegatesCallOnlyTheirOwnFeaturesServices()))
                .anySatisfy(line -> assertThat(line).contains("AlphaDelegate").contains("BetaService"));
    }

    @Test
    void controllersDoNotReachIntoOtherFeaturesRepositories() {
        application.controllersUseNoRepositoryOfAnotherFeature().check(APPLICATION);

        assertThat(violations(broken.controllersUseNoRepositoryOfAnotherFeature()))
                .anySatisfy(line -> assertThat(line).contains("AlphaController").contains("BetaRepository"));
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BROKEN);
        assertThat(result.hasViolation()).as("the broken copy breaks " + rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
