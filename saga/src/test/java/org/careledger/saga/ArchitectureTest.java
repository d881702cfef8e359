package org.careledger.saga;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.careledger.saga", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // Sagas react to events and send commands, both defined in api. The module has no classes yet (the sagas come
    // with later issues), so the rule is allowed to find nothing to check until then.
    @ArchTest
    static final ArchRule sagasKnowOnlyTheApi = noClasses().that().resideInAPackage("org.careledger.saga..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.careledger.command..", "org.careledger.query..", "org.careledger.app..")
            .allowEmptyShould(true);
}
