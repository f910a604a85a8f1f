package dev.crossmap.storage;

import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.file.Path;

/**
 * Child process for {@link SaveKillTest}: saves the bundled roadmaps over and over to one file, each version
 * with a note "version N" and a bulky note, appending "N" to a progress file after each save returns (a
 * file, not standard output: what a killed process wrote to a pipe may be lost, what it wrote to a file is not).
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path progress = Path.of(args[2]);
        Workspace ws = new Workspace(new Importer().importBundled().stream().map(ImportResult::roadmap).toList());
        TopicId first = ws.roadmaps().get(0).topics().get(0).id();
        TopicId second = ws.roadmaps().get(0).topics().get(1).id();
        String bulk = "x".repeat(2_000_000);
        for (int n = Integer.parseInt(args[1]); ; n++) {
            ws.setAnnotation(first, Annotation.EMPTY.withNote("version " + n));
            ws.setAnnotation(second, Annotation.EMPTY.withNote(bulk + n));
            WorkspaceFile.save(file, ws);
            java.nio.file.Files.writeString(progress, n + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }
}
