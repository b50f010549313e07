package fi.hva.grants.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feature packages' boundaries, for any root package: the application's, and the deliberately
 * broken fixture that shows each rule can fail. A feature is a package right under the root; the
 * shared packages hold what every feature builds on.
 */
final class FeatureRules {

    static final Set<String> SHARED = Set.of("common", "process");

    private final String root;

    FeatureRules(String root) {
        this.root = root;
    }

    ArchRule noCyclesBetweenFeatures() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no cycles between the feature packages of " + root);
    }

    ArchRule delegatesCallOnlyTheirOwnFeaturesServices() {
        return classes().that().implement(JavaDelegate.class).and().resideInAPackage(root + "..")
                .should(useNoBeanOfAnotherFeature(dependency -> isBean(dependency.getTargetClass())))
                .as("delegates call only services of their own feature");
    }

    ArchRule controllersUseNoRepositoryOfAnotherFeature() {
        return classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .and().resideInAPackage(root + "..")
                .should(useNoBeanOfAnotherFeature(dependency -> dependency.getTargetClass().isAssignableTo(Repository.class)))
                .as("web controllers do not reach into another feature's repositories")
                .allowEmptyShould(true);
    }

    private static boolean isBean(JavaClass type) {
        return type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class)
                || type.isAssignableTo(Repository.class);
    }

    private ArchCondition<JavaClass> useNoBeanOfAnotherFeature(java.util.function.Predicate<Dependency> forbiddenKind) {
        return new ArchCondition<>("use no such bean of another feature") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                String feature = feature(owner);
                for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                    String target = feature(dependency.getTargetClass());
                    if (target != null && !target.equals(feature) && !SHARED.contains(target) && forbiddenKind.test(dependency)) {
                        events.add(SimpleConditionEvent.violated(owner, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to, or null for a class outside the root. */
    private String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
