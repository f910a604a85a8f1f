package dev.crossmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core never knows a view exists: only {@code dev.crossmap.ui} may touch JavaFX; data flows one way
 * (files → import → atlas → matching → layout → view, and out through storage and export), with no cycles.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // The compiled main classes only (tests may use the toolkit freely).
        main = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void theMainClassesWereFound() {
        org.junit.jupiter.api.Assertions.assertTrue(main.contain("dev.crossmap.Main"),
                "ArchUnit must see the real classes, or the rules below prove nothing");
        org.junit.jupiter.api.Assertions.assertTrue(main.contain("dev.crossmap.ui.MainWindow"));
    }

    @Test
    void onlyTheUiPackageImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.crossmap.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(main);
    }

    @Test
    void theCoreDoesNotKnowTheUiOrTheCli() {
        noClasses().that().resideInAnyPackage("dev.crossmap.model..", "dev.crossmap.outline..",
                        "dev.crossmap.matching..", "dev.crossmap.layout..", "dev.crossmap.document..", "dev.crossmap.storage..",
                        "dev.crossmap.io..", "dev.crossmap.export..", "dev.crossmap.overlap..", "dev.crossmap.paint..",
                        "dev.crossmap.app..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.crossmap.ui..", "dev.crossmap.cli..")
                .check(main);
    }

    @Test
    void theAppShipsNoBenchmark() {
        // Benchmarks live in src/bench/java (test scope): none may slip back into the jar and the image.
        noClasses().should().resideInAPackage("dev.crossmap.bench..").orShould().haveSimpleNameEndingWith("Bench")
                .orShould().dependOnClassesThat().resideInAPackage("org.openjdk.jmh..")
                .check(main);
    }

    @Test
    void theMapPainterKnowsNoToolkitSoTheWindowAndEveryExportShareIt() {
        noClasses().that().resideInAPackage("dev.crossmap.paint..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..",
                        "javax.swing..", "dev.crossmap.export..", "dev.crossmap.document..", "dev.crossmap.storage..", "dev.crossmap.io..")
                .check(main);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("dev.crossmap.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.crossmap.outline..", "dev.crossmap.matching..",
                        "dev.crossmap.layout..", "dev.crossmap.document..", "dev.crossmap.storage..", "dev.crossmap.export..", "dev.crossmap.paint..")
                .check(main);
    }

    @Test
    void eachCorePackageUsesOnlyThePackagesBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Work").definedBy("dev.crossmap.work..")
                .layer("Model").definedBy("dev.crossmap.model..")
                .layer("Io").definedBy("dev.crossmap.io..")
                .layer("Outline").definedBy("dev.crossmap.outline..")
                .layer("Document").definedBy("dev.crossmap.document..")
                .layer("Matching").definedBy("dev.crossmap.matching..")
                .layer("Layout").definedBy("dev.crossmap.layout..")
                .layer("Overlap").definedBy("dev.crossmap.overlap..")
                .layer("Storage").definedBy("dev.crossmap.storage..")
                .layer("Paint").definedBy("dev.crossmap.paint..")
                .layer("Export").definedBy("dev.crossmap.export..")
                .layer("App").definedBy("dev.crossmap.app..")
                .layer("Cli").definedBy("dev.crossmap.cli..")
                .layer("Ui").definedBy("dev.crossmap.ui..")
                .whereLayer("Work").mayNotAccessAnyLayer()
                .whereLayer("Model").mayOnlyAccessLayers("Work")
                .whereLayer("Io").mayNotAccessAnyLayer()
                .whereLayer("Outline").mayOnlyAccessLayers("Model", "Io")
                .whereLayer("Document").mayOnlyAccessLayers("Model")
                .whereLayer("Matching").mayOnlyAccessLayers("Model", "Outline", "Work")
                .whereLayer("Layout").mayOnlyAccessLayers("Model")
                .whereLayer("Overlap").mayOnlyAccessLayers("Model", "Matching")
                .whereLayer("Storage").mayOnlyAccessLayers("Model", "Outline", "Document", "Io")
                .whereLayer("Paint").mayOnlyAccessLayers("Model", "Layout")
                .whereLayer("Export").mayOnlyAccessLayers("Model", "Layout", "Overlap", "Document", "Paint", "Io")
                .whereLayer("App").mayOnlyAccessLayers("Model", "Io", "Outline", "Document", "Matching", "Layout",
                        "Overlap", "Storage", "Paint", "Export")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayNotBeAccessedByAnyLayer()
                .check(main);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("dev.crossmap.(*)..").should().beFreeOfCycles().check(main);
    }
}
