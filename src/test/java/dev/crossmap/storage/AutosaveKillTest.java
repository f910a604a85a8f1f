package dev.crossmap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.outline.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app is killed mid-edit; the next start finds the recovery file and gets the edits back. */
class AutosaveKillTest {
    private static final String TEXT = "Idempotency keys make retries safe.";

    @Test
    void editsAreRecoverableTwoSecondsAfterTheLastKeystrokeEvenAfterKillMinus9(@TempDir Path dir) throws Exception {
        Path folder = Recovery.folder(dir);
        Path recovery = folder.resolve("session-1" + WorkspaceFile.EXTENSION);
        try (ChildJvm app = new ChildJvm(EditSession.class, recovery.toString(), TEXT)) {
            String line;
            do {
                line = app.nextLine(60_000);
            } while (line != null && !line.equals("idle"));
            assertEquals("idle", line, "the editing session finished typing");
            Thread.sleep(2_000);
            app.kill();
        }
        List<Recovery.Found> found = Recovery.list(folder);
        assertEquals(1, found.size());
        Workspace ws = Recovery.restore(found.get(0), new Importer()).workspace();
        Annotation a = ws.annotation(ws.roadmaps().get(0).topics().get(5).id());
        assertEquals(TEXT, a.note(), "every keystroke is there");
        assertEquals(Set.of("crash-test"), a.tags(), "and the last edit too");
        assertTrue(found.get(0).workspaceOf().isEmpty(), "it was never saved under a name");
        assertTrue(ws.unknownFields().isEmpty(), "the recovery mark does not leak into the restored work");
    }

    @Test
    void killedWhileTypingWithoutPauseTheRecoveryFileHoldsRecentKeystrokes(@TempDir Path dir) throws Exception {
        Path folder = Recovery.folder(dir);
        for (int round = 0; round < 3; round++) {
            Path recovery = folder.resolve("session-" + round + WorkspaceFile.EXTENSION);
            // 100 ms a keystroke: the user never pauses long enough for the quiet-time save.
            try (ChildJvm app = new ChildJvm(EditSession.class, recovery.toString(), TEXT, "100")) {
                int wanted = 25 + round * 4;
                String line;
                do {
                    line = app.nextLine(60_000);
                } while (line != null && !line.equals("typed " + wanted));
                app.kill();
            }
            assertTrue(Files.exists(recovery), "after 2.5 s of typing something was written");
            Workspace ws = WorkspaceFile.load(recovery, new Importer()).workspace();
            String note = ws.annotation(ws.roadmaps().get(0).topics().get(5).id()).note();
            assertTrue(TEXT.startsWith(note), "a prefix of what was typed, never garbage: " + note);
            int wanted = 25 + round * 4;
            assertTrue(note.length() >= wanted - 20, "at most two seconds of typing lost: " + note.length() + " of " + wanted);
        }
    }

    @Test
    void discardRemovesTheRecoveryFileAfterASave(@TempDir Path dir) throws Exception {
        Path recovery = Recovery.fileFor(Recovery.folder(dir));
        Workspace ws = new Workspace();
        try (Autosave autosave = new Autosave(recovery, java.time.Duration.ofMillis(10), e -> { })) {
            autosave.changed(ws.snapshot());
            for (int i = 0; i < 200 && !Files.exists(recovery); i++) {
                Thread.sleep(10);
            }
            assertTrue(Files.exists(recovery));
            autosave.discard();
            assertTrue(Files.notExists(recovery));
        }
    }
}
