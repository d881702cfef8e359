package org.careledger.api;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

@AnalyzeClasses(packages = "org.careledger.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // Every module reads these messages, so they may not drag a framework in with them (style.md, decision 1).
    @ArchTest
    static final ArchRule apiIsPlainJava = classes().that().resideInAPackage("org.careledger.api..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.careledger.api..", "jakarta.validation..")
                    .or(belongToAnyOf(TargetAggregateIdentifier.class, Revision.class)));

    @ArchTest
    static final ArchRule messagesAreNamedForTheDomain = noClasses().that().resideInAPackage("org.careledger.api..")
            .should().haveSimpleNameEndingWith("Command")
            .orShould().haveSimpleNameEndingWith("Event")
            .orShould().haveSimpleNameEndingWith("Query")
            .orShould().haveSimpleNameEndingWith("Dto");

    // Events are append-only contracts compared and serialized by value.
    @ArchTest
    static final ArchRule revisedMessagesAreRecords = classes().that().resideInAPackage("org.careledger.api..")
            .and().areAnnotatedWith(Revision.class)
            .should().beRecords();
}
