package dev.crossmap.ui;

import dev.crossmap.storage.WorkspaceFile;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's file dialogs: roadmaps or a workspace to open or add, and where to save a workspace. */
final class FileChoosers {
    private FileChoosers() {
    }

    /** Roadmaps or a workspace to open or add; empty when the user cancels. */
    static Optional<List<Path>> roadmaps(Window owner, String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Roadmaps and workspaces", "*.md", "*.markdown", "*.txt", "*.opml", "*.mm", "*.xmind",
                        "*.json", "*" + WorkspaceFile.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = fc.showOpenMultipleDialog(owner);
        return Optional.ofNullable(files).map(l -> l.stream().map(File::toPath).toList());
    }

    /** Where to save the workspace (named like {@code current}, if it has a file), with the workspace extension. */
    static Optional<Path> workspace(Window owner, Optional<Path> current) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save workspace");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Crossmap workspace", "*" + WorkspaceFile.EXTENSION));
        fc.setInitialFileName(current.map(f -> f.getFileName().toString()).orElse("roadmaps" + WorkspaceFile.EXTENSION));
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(WorkspaceFile.isWorkspace(p) ? p : p.resolveSibling(p.getFileName() + WorkspaceFile.EXTENSION));
    }
}
