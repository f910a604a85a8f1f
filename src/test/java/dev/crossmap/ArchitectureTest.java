package dev.crossmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core never knows a view exists: only {@code dev.crossmap.ui} may touch JavaFX. */
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
                        "dev.crossmap.matching..", "dev.crossmap.layout..", "dev.crossmap.workspace..",
                        "dev.crossmap.export..", "dev.crossmap.overlap..", "dev.crossmap.paint..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.crossmap.ui..", "dev.crossmap.cli..")
                .check(main);
    }

    @Test
    void theMapPainterKnowsNoToolkitSoTheWindowAndEveryExportShareIt() {
        noClasses().that().resideInAPackage("dev.crossmap.paint..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..",
                        "javax.swing..", "dev.crossmap.export..", "dev.crossmap.workspace..")
                .check(main);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("dev.crossmap.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.crossmap.outline..", "dev.crossmap.matching..",
                        "dev.crossmap.layout..", "dev.crossmap.workspace..", "dev.crossmap.export..", "dev.crossmap.paint..")
                .check(main);
    }
}
