package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.app.TopicActions;
import dev.crossmap.io.HeapGuard;
import dev.crossmap.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A learner with a map open opens one too big for the memory Crossmap may use: the window says which file, how
 * big and the limit, keeps the open map with its unsaved edit, and goes on working (it used to stay at
 * "Opening 1 file(s)…" for good when the heap filled up while the file was read).
 */
class MainWindowTooBigMapTest extends FxRobot {
    @TempDir
    Path dir;
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void clean() throws Exception {
        AppHarness.cleanSettings();
    }

    @AfterEach
    void stop() throws Exception {
        HeapGuard.setLimit(0);
        app.stop();
    }

    @Test
    void aMapTooBigForTheMemorySaysSoAndTheOpenMapWithItsEditStays() throws Exception {
        Path plan = dir.resolve("plan.md");
        Files.writeString(plan, "# Plan\n## APIs\n- Idempotency\n- Pagination\n## Data\n- Indexes\n");
        StringBuilder text = new StringBuilder("# Huge\n");
        for (int i = 0; i < 60_000; i++) {
            text.append("- topic ").append(i).append('\n');
        }
        Path huge = dir.resolve("huge.md");
        Files.writeString(huge, text);
        app.start(List.of(plan), "1 roadmap");
        interact(() -> new TopicActions(app.window().session()).setProgress(app.topicAt("plan.md", 6).id(), Progress.LEARNING));
        String title = app.stage().getTitle();
        assertTrue(title.startsWith("*"), "an unsaved edit: " + title);

        // The heap's limit just above what is live now: reading 60,000 topics needs megabytes more. The guard is the
        // real one (it collects and measures); only its limit is not the one this JVM's -Xmx gives.
        System.gc();
        HeapGuard.setLimit(HeapGuard.used() + (1 << 20));
        interact(() -> app.window().files().open(List.of(huge)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#errorDialog").tryQuery().isPresent());
        HeapGuard.setLimit(0);

        DialogPane dialog = lookup("#errorDialog").queryAs(DialogPane.class);
        assertEquals("Could not open", dialog.getHeaderText());
        String said = dialog.getContentText();
        assertTrue(said.startsWith(huge + " (0.8 MB, "), said);
        assertTrue(said.matches("(?s).* topics\\): too big for the memory Crossmap may use on this machine \\(at most "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB\\)\\. Open a smaller map, or start Crossmap with more"
                + " memory \\(JDK_JAVA_OPTIONS=-Xmx4g\\)\\.\nWhat was open stays open\\."), said);
        assertFalse(said.contains("OutOfMemoryError"), said);
        assertTrue(app.status().startsWith("1 roadmap, 6 topics"), "not \"Opening 1 file(s)…\": " + app.status());
        assertEquals(title, app.stage().getTitle(), "the open map, still unsaved");
        assertEquals(Progress.LEARNING, app.window().workspace().annotation(app.topicAt("plan.md", 6).id()).progress());

        clickOn("OK");
        // the window goes on: with room again, the same map opens
        interact(() -> app.window().files().open(List.of(huge)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.status().startsWith("1 roadmap, 60,001 topics"));
    }

    @Test
    void runningOutOfMemoryOnTheUiThreadSaysSoInTheStatusBarAndTheMapStays() throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        Files.writeString(a, "# A\n- Caching\n- Queues\n");
        Files.writeString(b, "# B\n- Caching\n");
        app.start(List.of(a, b), "2 roadmaps");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.status().contains("shared concept"));
        // what a layout or a frame of a map too big for the heap throws, uncaught, on the UI thread (TestFX's own
        // handler, which the app's passes it on to, would fail the test with it: it is expected here)
        WaitForAsyncUtils.autoCheckException = false;
        try {
            javafx.application.Platform.runLater(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.status().startsWith("Crossmap ran out of memory"));
        } finally {
            // The status changes before TestFX's handler, which the app's calls next, records the error: let the UI
            // thread finish that first, or the error is recorded after the clear and fails the next step.
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = true;
        }
        assertEquals("Crossmap ran out of memory (at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB) and may not"
                + " have finished what it was doing; what was open is still open. Save your work, then start Crossmap with"
                + " more memory (JDK_JAVA_OPTIONS=-Xmx4g).", app.status());
        assertEquals(List.of("a.md", "b.md"), app.window().workspace().roadmaps().stream().map(r -> r.name()).toList());
        // the window goes on: the next thing it does says what it says
        interact(() -> app.window().files().open(List.of(b)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.status().startsWith("1 roadmap, 2 topics"));
    }
}
