package com.b12consult;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house style's arrows: ui -> rules, store, handout -> domain; cli uses the same services as ui. */
@AnalyzeClasses(packages = "com.b12consult", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("com.b12consult.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.sqlite..",
                    "org.flywaydb..", "org.apache.pdfbox..", "org.controlsfx..")
            .because("the domain is the clinic's world, free of screens and storage");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = noClasses().that().resideInAPackage("com.b12consult.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.b12consult.rules..", "com.b12consult.store..",
                    "com.b12consult.handout..", "com.b12consult.ui..", "com.b12consult.cli..");

    @ArchTest
    static final ArchRule sqlStaysInStore = noClasses().that().resideOutsideOfPackage("com.b12consult.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..")
            .because("SQL lives only in store/");

    @ArchTest
    static final ArchRule rulesKnowOnlyTheDomain = noClasses().that().resideInAPackage("com.b12consult.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("com.b12consult.store..", "com.b12consult.ui..",
                    "com.b12consult.cli..", "com.b12consult.handout..", "javafx..");

    @ArchTest
    static final ArchRule storeKnowsNoScreens = noClasses().that().resideInAPackage("com.b12consult.store..")
            .should().dependOnClassesThat().resideInAnyPackage("com.b12consult.ui..", "com.b12consult.cli..", "javafx..");

    @ArchTest
    static final ArchRule handoutKnowsNoScreens = noClasses().that().resideInAPackage("com.b12consult.handout..")
            .should().dependOnClassesThat().resideInAnyPackage("com.b12consult.ui..", "com.b12consult.cli..",
                    "com.b12consult.store..")
            .allowEmptyShould(true); // the handout package arrives with its own issue

    @ArchTest
    static final ArchRule cliNeedsNoToolkit = noClasses().that().resideInAPackage("com.b12consult.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.b12consult.ui..", "javafx..")
            .because("headless commands must run without starting JavaFX");

    @ArchTest
    static final ArchRule screensDoNotReachIntoEachOther = slices().matching("com.b12consult.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("com.b12consult.ui.."), resideInAPackage("com.b12consult.ui.form.."))
            .because("what two screens share lives in ui itself, in ui.form (the field kit and the forms every"
                    + " screen may use) or in assessment/, so a screen can change alone");

    @ArchTest
    static final ArchRule theFieldKitKnowsNoScreen = noClasses().that().resideInAPackage("com.b12consult.ui.form..")
            .should().dependOnClassesThat(resideInAPackage("com.b12consult.ui..")
                    .and(not(resideInAPackage("com.b12consult.ui.form.."))))
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("ui.form is a shared toolkit, not a screen: fields and forms of plain Java and JavaFX beans,"
                    + " which any screen may use and which use no screen, tested without a toolkit");

    @ArchTest
    static final ArchRule noJsonInScreens = noClasses().that().resideInAPackage("com.b12consult.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("screens work on typed records; reading and writing the file format is domain.format's");

    @ArchTest
    static final ArchRule assessmentServicesNeedNoToolkit = noClasses().that()
            .resideInAPackage("com.b12consult.assessment..")
            .should().dependOnClassesThat().resideInAnyPackage("com.b12consult.ui..", "com.b12consult.cli..", "javafx..")
            .because("reading a record and saving a consultation are services a screen or a command can call");

    @ArchTest
    static final ArchRule theSampleClinicNeedsNoToolkit = noClasses().that().resideInAPackage("com.b12consult.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("com.b12consult.ui..", "com.b12consult.cli..", "javafx..")
            .because("the sample clinic is written through the store as the screens write it, by a command or a test");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("com.b12consult.(*)..").should().beFreeOfCycles();
}
