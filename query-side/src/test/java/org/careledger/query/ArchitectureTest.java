package org.careledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

@AnalyzeClasses(packages = "org.careledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule querySideMeetsOtherModulesOnlyThroughApi = noClasses()
            .that().resideInAPackage("org.careledger.query..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.careledger.command..", "org.careledger.saga..", "org.careledger.app..");

    @ArchTest
    static final ArchRule querySideOnlyReads = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.careledger.query..")
            .should().beAnnotatedWith(PostMapping.class)
            .orShould().beAnnotatedWith(PutMapping.class)
            .orShould().beAnnotatedWith(DeleteMapping.class)
            .orShould().beAnnotatedWith(PatchMapping.class)
            .orShould().beAnnotatedWith(requestMappingOtherThanGet());

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther =
            slices().matching("org.careledger.query.(*)..").should().notDependOnEachOther();

    /** A method-level @RequestMapping without a method accepts every method, POST and DELETE included. */
    private static DescribedPredicate<JavaAnnotation<?>> requestMappingOtherThanGet() {
        return DescribedPredicate.describe("@RequestMapping that accepts anything but GET", annotation -> {
            if (!annotation.getRawType().isEquivalentTo(RequestMapping.class)) {
                return false;
            }
            var methods = List.of((Object[]) annotation.get("method").orElse(new Object[0]));
            return methods.isEmpty() || !methods.stream().allMatch(m -> m.toString().endsWith(RequestMethod.GET.name()));
        });
    }
}
