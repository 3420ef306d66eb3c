package vn.binhxet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of DEVELOPERS.md, each with its reason. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.binhxet");
  }

  @Test
  void layersDependOnlyDownwards() {
    ArchRule rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("App")
            .definedBy("vn.binhxet.app..")
            .layer("Cli")
            .definedBy("vn.binhxet.cli..")
            .layer("Bench")
            .definedBy("vn.binhxet.bench..")
            .layer("Ui")
            .definedBy("vn.binhxet.ui..")
            .layer("Pdf")
            .definedBy("vn.binhxet.pdf..")
            .layer("Persistence")
            .definedBy("vn.binhxet.persistence..")
            .layer("Service")
            .definedBy("vn.binhxet.service..")
            .layer("Domain")
            .definedBy("vn.binhxet.domain..")
            .whereLayer("App")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Bench")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Pdf")
            .mayOnlyBeAccessedByLayers("App", "Bench")
            .whereLayer("Persistence")
            .mayOnlyBeAccessedByLayers("App", "Bench")
            .whereLayer("Service")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Bench")
            .whereLayer("Domain")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Pdf", "Persistence", "Service", "Bench")
            .because(
                "app wires everything and nothing knows it; the use cases are reached through the"
                    + " services; storage and documents are details the rest must not depend on;"
                    + " the benchmark, like app, measures every layer and nothing knows it");
    rule.check(classes);
  }

  @Test
  void domainIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("vn.binhxet.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "org.controlsfx..",
            "org.jooq..",
            "com.itextpdf..",
            "java.sql..",
            "javax.sql..",
            "org.h2..",
            "org.flywaydb..",
            "java.io..",
            "java.nio.file..",
            "java.net..",
            "picocli..")
        .because(
            "the domain holds the rules and the vote engine: they must be testable in"
                + " milliseconds and know nothing of screens, databases, documents or files")
        .check(classes);
  }

  @Test
  void serviceKnowsOnlyTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("vn.binhxet.service..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "org.controlsfx..",
            "org.jooq..",
            "com.itextpdf..",
            "java.sql..",
            "org.h2..",
            "org.flywaydb..",
            "picocli..")
        .because("a use case is the same for the window and the command line, and for any storage")
        .check(classes);
  }

  @Test
  void persistenceAndPdfKnowOnlyTheDomain() {
    noClasses()
        .that()
        .resideInAnyPackage("vn.binhxet.persistence..", "vn.binhxet.pdf..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.binhxet.service..", "vn.binhxet.ui..", "javafx..", "org.controlsfx..", "picocli..")
        .because("storage and documents implement the domain's needs and nothing else")
        .check(classes);
  }

  @Test
  void onlyPersistenceTouchesTheDatabase() {
    noClasses()
        .that()
        .resideOutsideOfPackages("vn.binhxet.persistence..", "vn.binhxet.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..", "java.sql..")
        .because(
            "the database is one layer's business, so it can change without the others; the"
                + " benchmark times a bare H2 commit as the baseline of a durable entry")
        .check(classes);
  }

  @Test
  void onlyPdfUsesIText() {
    noClasses()
        .that()
        .resideOutsideOfPackages("vn.binhxet.pdf..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.itextpdf..")
        .because("the documents are one layer's business")
        .check(classes);
  }

  @Test
  void onlyPdfReadsDocumentsWithPdfBox() {
    noClasses()
        .that()
        .resideOutsideOfPackages("vn.binhxet.pdf..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.pdfbox..")
        .because(
            "PDFBox only draws the documents' pages for the preview, behind domain.PageImages;"
                + " reading documents is the pdf layer's business as writing them is")
        .check(classes);
  }

  @Test
  void onlyUiAndAppUseJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackages("vn.binhxet.ui..", "vn.binhxet.app..", "vn.binhxet.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..")
        .because(
            "the headless commands and the rules must run without a display; the benchmark's"
                + " empty window is the baseline of the app's startup")
        .check(classes);
  }

  @Test
  void projectorIsAReadOnlyViewOfTheSession() {
    classes()
        .that()
        .resideInAPackage("vn.binhxet.ui.projector..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "vn.binhxet.ui.projector..",
            "vn.binhxet.ui.session..",
            "vn.binhxet.ui.common..",
            "vn.binhxet.domain..",
            "java..",
            "javafx..")
        .allowEmptyShould(true)
        .because("the projector shows the shared session model and changes nothing")
        .check(classes);
  }

  @Test
  void sessionAndCommonDoNotKnowTheFeatures() {
    noClasses()
        .that()
        .resideInAnyPackage("vn.binhxet.ui.session..", "vn.binhxet.ui.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.binhxet.ui.main..",
            "vn.binhxet.ui.conference..",
            "vn.binhxet.ui.newconference..",
            "vn.binhxet.ui.projector..")
        .because("shared code sits under the features, never beside them")
        .check(classes);
  }

  @Test
  void controllersNeverTouchNodes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Controller")
        .and()
        .resideInAPackage("vn.binhxet.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("View")
        .because(
            "a controller writes the model and calls services, so it is tested without the FX"
                + " toolkit and never holds the view")
        .check(classes);
  }

  @Test
  void modelsHoldPropertiesNotNodes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Model")
        .and()
        .resideInAPackage("vn.binhxet.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Service")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Controller")
        .because("a model is JavaFX properties only; its controller fills it")
        .check(classes);
  }

  @Test
  void viewsDoNotCallServices() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("View")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Service")
        .because("a view binds to its model and forwards intents to its controller")
        .check(classes);
  }

  @Test
  void noSingletonsOrServiceLocators() {
    noClasses()
        .that()
        .resideInAPackage("vn.binhxet..")
        .and()
        .areNotEnums()
        .should()
        .haveSimpleNameEndingWith("Locator")
        .orShould()
        .haveSimpleNameEndingWith("Registry")
        .orShould()
        .haveSimpleNameEndingWith("EventBus")
        .because("app wires every object by constructor")
        .check(classes);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("vn.binhxet..")
        .and()
        .areStatic()
        .should()
        .beFinal()
        .because("mutable global state is a singleton in disguise")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void viewsAreCodeNotFxml() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx.fxml..")
        .because("views build their nodes in code, where the compiler and the tests see them")
        .check(classes);
  }

  @Test
  void noFloatingPointInTheDomain() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("vn.binhxet.domain..")
        .should()
        .haveRawType(double.class)
        .orShould()
        .haveRawType(float.class)
        .orShould()
        .haveRawType(Double.class)
        .orShould()
        .haveRawType(Float.class)
        .because("every decision is exact integer arithmetic: 0.7 × 10 is not 7 in binary")
        .allowEmptyShould(true)
        .check(classes);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("vn.binhxet.domain..")
        .should()
        .haveRawReturnType(double.class)
        .orShould()
        .haveRawReturnType(float.class)
        .orShould()
        .haveRawParameterTypes(double.class)
        .because("every decision is exact integer arithmetic: 0.7 × 10 is not 7 in binary")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void controllersAreFinalClasses() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .haveModifier(JavaModifier.FINAL)
        .because("a controller is a screen's intents, not a base to extend")
        .check(classes);
  }
}
