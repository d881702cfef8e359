package org.careledger.saga;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.careledger.saga", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // Sagas react to events and send commands, both defined in api.
    @ArchTest
    static final ArchRule sagasKnowOnlyTheApi = noClasses().that().resideInAPackage("org.careledger.saga..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.careledger.command..", "org.careledger.query..", "org.careledger.app..");

    // Deadlines go through Axon's DeadlineManager, whichever persistent implementation the app configures;
    // a saga that reached for a scheduler itself, or for the in-memory one, would lose them on a restart.
    @ArchTest
    static final ArchRule deadlinesOnlyThroughTheDeadlineManager = noClasses()
            .that().resideInAPackage("org.careledger.saga..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.kagkarlsson..", "org.axonframework.deadline.dbscheduler..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.deadline.SimpleDeadlineManager");
}
