package dev.crossmap.storage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.document.Workspace;
import dev.crossmap.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes unsaved work to a recovery file shortly after the last edit, so a crash loses at most that delay.
 * {@link #changed} takes a snapshot on the editing thread; the file is written atomically on a background
 * thread. {@link #discard} removes the recovery file once the work is saved or deliberately thrown away.
 */
public final class Autosave implements AutoCloseable {
    /** Delay after the last edit; well inside the promise of two seconds. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(800);
    /** Longest time unsaved work waits while the user keeps typing. */
    public static final Duration MAX_WAIT = Duration.ofMillis(1500);
    /** The top-level field that marks a recovery file and says what it recovers. */
    static final String MARK = "recovery";

    private final Path recoveryFile;
    private final Duration delay;
    private final Consumer<IOException> onError;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "crossmap-autosave");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private long firstPendingAt;
    private volatile Optional<Path> workspaceFile = Optional.empty();

    /**
     * @param recoveryFile where unsaved work goes (see {@link Recovery#fileFor})
     * @param delay        how long after the last edit to write
     * @param onError      told when a write fails (e.g. disk full); the work stays in memory
     */
    public Autosave(Path recoveryFile, Duration delay, Consumer<IOException> onError) {
        this.recoveryFile = recoveryFile;
        this.delay = delay;
        this.onError = onError;
    }

    /** Which saved file this work belongs to, if any (shown when offering to restore). */
    public void setWorkspaceFile(Optional<Path> file) {
        this.workspaceFile = file;
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    /**
     * Something changed: write this snapshot after the delay, unless another change comes first; but never
     * later than {@link #MAX_WAIT} after the first unwritten change, so continuous typing is saved too.
     */
    public synchronized void changed(Workspace.Snapshot snapshot) {
        if (writer.isShutdown()) {
            return; // the window is closing: a late fold or selection sync has nothing left to protect
        }
        long now = System.nanoTime();
        if (pending != null && !pending.isDone() && pending.cancel(false)) {
            // still waiting: keep the time of the first unwritten change
        } else {
            firstPendingAt = now;
        }
        long deadline = firstPendingAt + MAX_WAIT.toNanos();
        long wait = Math.max(0, Math.min(delay.toNanos(), deadline - now));
        Optional<Path> of = workspaceFile;
        pending = writer.schedule(() -> write(snapshot, of), wait, TimeUnit.NANOSECONDS);
    }

    /** The work was saved or thrown away: cancel what is pending and delete the recovery file. */
    public synchronized void discard() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        try {
            writer.submit(() -> Files.deleteIfExists(recoveryFile)).get();
        } catch (Exception e) {
            onError.accept(new IOException("could not remove " + recoveryFile + ": " + e.getMessage(), e));
        }
    }

    private void write(Workspace.Snapshot snapshot, Optional<Path> of) {
        Map<String, Object> fields = new LinkedHashMap<>(snapshot.unknownFields());
        ObjectNode mark = JsonNodeFactory.instance.objectNode();
        mark.put("of", of.map(p -> p.toAbsolutePath().toString()).orElse(null));
        mark.put("at", Instant.now().toString());
        fields.put(MARK, mark);
        Workspace.Snapshot marked = new Workspace.Snapshot(snapshot.roadmaps(), snapshot.annotations(),
                snapshot.unattached(), snapshot.decisions(), snapshot.conceptNames(), snapshot.folded(), snapshot.view(), snapshot.shareConceptProgress(), fields,
                snapshot.revision());
        try {
            AtomicFile.write(recoveryFile, WorkspaceFile.encode(marked));
        } catch (IOException e) {
            onError.accept(e);
        }
    }

    /** Stops the writer; pending work is written first (a clean close should {@link #discard} instead). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
