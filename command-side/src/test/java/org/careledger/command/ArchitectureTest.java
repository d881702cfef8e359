package org.careledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.GetMapping;

@AnalyzeClasses(packages = "org.careledger.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FEATURES = "org.careledger.command.";
    private static final Set<String> SHARED = Set.of("web", "support");

    @ArchTest
    static final ArchRule commandSideKnowsOnlyTheApi = noClasses().that().resideInAPackage("org.careledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.careledger.query..", "org.careledger.saga..", "org.careledger.app..");

    // Features refer to each other's aggregates by id only. The shared packages are not features: every feature
    // may use them, so they get no slice of their own and dependencies on them are not between slices.
    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther =
            slices().assignedFrom(new FeatureSlices()).should().notDependOnEachOther();

    @ArchTest
    static final ArchRule aggregatesArePackagePrivate =
            classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic();

    // Aggregates decide from their own state; gateways, repositories and HTTP belong outside them (style.md §3).
    @ArchTest
    static final ArchRule aggregatesStayFreeOfInfrastructure = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.data..", "jakarta.persistence..", "org.axonframework.commandhandling.gateway..");

    // Reads are served by the query side (style.md §8).
    @ArchTest
    static final ArchRule commandSideServesNoReads = noMethods().that().areDeclaredInClassesThat()
            .resideInAPackage("org.careledger.command..").should().beAnnotatedWith(GetMapping.class);

    /** One slice per feature package under {@code org.careledger.command}; shared packages and the root get none. */
    private static final class FeatureSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String packageName = javaClass.getPackageName();
            if (!packageName.startsWith(FEATURES)) {
                return SliceIdentifier.ignore();
            }
            String feature = packageName.substring(FEATURES.length()).split("\\.")[0];
            return SHARED.contains(feature) ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
            return "feature packages of org.careledger.command, apart from the shared " + SHARED;
        }
    }
}
