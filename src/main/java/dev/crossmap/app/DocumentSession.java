package dev.crossmap.app;

import dev.crossmap.document.History;
import dev.crossmap.document.Unattached;
import dev.crossmap.document.Workspace;
import dev.crossmap.document.WorkspaceListener;
import dev.crossmap.io.HeapGuard;
import dev.crossmap.layout.MapTree;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.ImportWarning;
import dev.crossmap.outline.Importer;
import dev.crossmap.storage.Autosave;
import dev.crossmap.storage.MatchCache;
import dev.crossmap.storage.Recovery;
import dev.crossmap.storage.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The open document and everything that happens to it, without a window: the workspace and its undo history,
 * the file it is saved to, whether it is dirty, its autosave, opening, adding and replacing roadmaps, saving,
 * recovering a crashed session's work, and re-matching after roadmaps or decisions changed (the newest
 * atlas is published to the {@link SessionListener}s; an older re-match that ends later is dropped).
 * Long work runs through the {@link TaskExecutor} given; everything else happens on the caller's thread.
 */
public final class DocumentSession implements AutoCloseable {
    /** Maps with more topics than this open folded to level 2. */
    static final int FOLD_ABOVE = 150;

    private final Importer importer;
    private final Matcher matcher;
    private final TaskExecutor executor;
    private final LatestWins matches;
    private final Autosave autosave;
    private final List<ImportWarning> baseWarnings;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final WorkspaceListener forward = new WorkspaceListener() {
        @Override
        public void annotationsChanged(Set<TopicId> topics) {
            listeners.forEach(l -> l.annotationsChanged(topics));
            edited();
        }

        @Override
        public void foldingChanged(Set<TopicId> topics) {
            listeners.forEach(l -> l.foldingChanged(topics));
            if (!settling) {
                edited();
            }
        }

        @Override
        public void roadmapsChanged() {
            listeners.forEach(SessionListener::roadmapsChanged);
            edited();
            rematch();
        }

        @Override
        public void decisionsChanged() {
            edited();
            rematch();
        }
    };
    private Workspace ws = new Workspace();
    private History history = new History(ws);
    private Atlas atlas = Atlas.of(List.of());
    private String spread = "";
    private Path file;
    private long savedRevision;
    /** The match saved with the workspace being opened, for the first re-match to reuse if it still fits. */
    private Optional<MatchCache.Stored> savedMatch = Optional.empty();
    /** The match begun as soon as the document being opened was read, for its first re-match to take. */
    private volatile EarlyMatch early;
    /** The folds a map opens with are being put in place: not the user's edit. */
    private boolean settling;

    /**
     * @param importer       reads roadmap files
     * @param matcher        finds the overlaps (the user's vocabulary included)
     * @param baseWarnings   warnings that stay whatever is open (the user's vocabulary file)
     * @param executor       runs imports and re-matches
     * @param recoveryFile   where unsaved work is autosaved
     * @param autosaveDelay  how long after the last edit it is written
     */
    public DocumentSession(Importer importer, Matcher matcher, List<ImportWarning> baseWarnings, TaskExecutor executor,
                           Path recoveryFile, Duration autosaveDelay) {
        this.importer = importer;
        this.matcher = matcher;
        this.baseWarnings = List.copyOf(baseWarnings);
        this.executor = executor;
        this.matches = new LatestWins(executor);
        this.autosave = new Autosave(recoveryFile, autosaveDelay,
                e -> status("Could not write the recovery file: " + e.getMessage()));
        ws.addListener(forward);
    }

    public void addListener(SessionListener l) {
        listeners.add(l);
    }

    public Workspace workspace() {
        return ws;
    }

    public History history() {
        return history;
    }

    /**
     * The window ran out of memory outside any work of this session (an OutOfMemoryError reached the UI thread
     * uncaught): the status bar says so, with the limit and the advice, instead of nothing.
     */
    public void windowRanOutOfMemory() {
        status(MemoryLimit.windowRanOut());
    }

    /**
     * The window has painted what the last open or add brought: matching, which began as soon as the files were
     * read and has read labels on one core meanwhile, may use the second again ({@link Matcher#shareCores}).
     * Until a view calls this (a session without one never does), matching stays on one core.
     */
    public void viewShown() {
        matcher.shareCores(true);
    }

    /** Whether matching waits for {@link #viewShown} to use a second core. */
    public boolean awaitsView() {
        return !matcher.sharesCores();
    }

    /** The overlaps of the last re-match (empty until the first one ends). */
    public Atlas atlas() {
        return atlas;
    }

    public Matcher matcher() {
        return matcher;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** The file the document was opened from or saved to; empty for an unsaved one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    public boolean isDirty() {
        return ws.revision() != savedRevision;
    }

    public Path recoveryFile() {
        return autosave.recoveryFile();
    }

    /** "5 roadmaps, 1,309 topics, 224 shared concepts (…)". */
    public String summary() {
        return SessionText.summary(ws, atlas, spread);
    }

    public String title() {
        return SessionText.title(ws, file, isDirty());
    }

    /**
     * The folds a fresh map opens with (chosen by the window so it is readable): they become the workspace's
     * without an undoable edit, and a document that was clean stays clean.
     */
    public void settleFolds(Set<TopicId> folds) {
        boolean clean = !isDirty();
        Set<TopicId> unfold = new java.util.HashSet<>(ws.folded());
        unfold.removeAll(folds);
        settling = true;
        try {
            ws.setFolded(unfold, false);
            ws.setFolded(folds, true);
        } finally {
            settling = false;
        }
        if (clean) {
            savedRevision = ws.revision();
        }
        edited();
    }

    // ---- opening ----

    /** Replaces what is open with these files: one workspace file, roadmaps, or none for the bundled roadmaps. */
    public void open(List<Path> files) {
        if (files.size() == 1 && WorkspaceFile.isWorkspace(files.get(0))) {
            Path path = files.get(0);
            load("Opening " + path.getFileName(), files, () -> matchEarly(WorkspaceFile.load(path, importer)), loaded -> {
                savedMatch = loaded.match();
                replace(loaded.workspace(), loaded.warnings(), path);
                fileUsed(path);
            });
            return;
        }
        if (files.isEmpty()) {
            load("Opening the bundled roadmaps", files, () -> workspaceOf(matchEarly(importer.importBundled())),
                    loaded -> replace(loaded.workspace(), loaded.warnings(), null));
            return;
        }
        List<String> names = namesFor(files, new HashSet<>());
        load("Opening " + files.size() + " file(s)", files, () -> workspaceOf(matchEarly(importEach(files, names))), loaded -> {
            replace(loaded.workspace(), loaded.warnings(), null);
            files.forEach(this::fileUsed);
        });
    }

    /** The files named like an open roadmap: new versions of it, which the user may replace it with. */
    public List<Path> alreadyOpen(List<Path> files) {
        Set<String> taken = openNames();
        return files.stream().filter(f -> f.getFileName() != null && isTaken(taken, f.getFileName().toString())).toList();
    }

    /**
     * Adds roadmaps to what is open. With {@code replace}, a file named like an open roadmap replaces it (notes,
     * progress and tags follow their topics; what finds no topic is kept as unattached); otherwise it comes in
     * as a copy ("name (2)").
     */
    public void add(List<Path> files, boolean replace) {
        if (files.isEmpty()) {
            return;
        }
        Workspace target = ws;
        List<Path> replacing = replace ? alreadyOpen(files) : List.of();
        List<Path> adding = files.stream().filter(f -> !replacing.contains(f)).toList();
        List<String> names = namesFor(adding, openNames());
        load("Adding " + files.size() + " file(s)", files, () -> {
            List<ImportResult> added = importEach(adding, names);
            List<ImportResult> replaced = new ArrayList<>();
            for (Path f : replacing) {
                replaced.addAll(importer.importFileAll(f, f.getFileName().toString()));
            }
            return List.of(added, replaced);
        }, results -> {
            if (ws != target) {
                return; // another document was opened meanwhile
            }
            for (ImportResult r : results.get(0)) {
                ws.addRoadmap(r.roadmap());
                warnings.addAll(r.warnings());
            }
            int lost = 0;
            for (ImportResult r : results.get(1)) {
                List<Unattached> orphans = ws.replaceRoadmap(r.roadmap());
                warnings.addAll(r.warnings());
                for (Unattached u : orphans) {
                    warnings.add(new ImportWarning(r.roadmap().name(), 0, "the note on \u201c" + u.anchor()
                            + "\u201d found no topic in the new version; it is kept with the workspace"));
                }
                lost += orphans.size();
            }
            refresh();
            if (!results.get(1).isEmpty()) {
                status("Replaced " + results.get(1).size() + " roadmap(s)"
                        + (lost == 0 ? "; every note found its topic" : "; " + lost + " note(s) kept aside (see the warnings)"));
            }
            files.forEach(this::fileUsed);
        });
    }

    /** An empty document; the recovery file of the old one goes (the caller asked about unsaved work). */
    public void newWorkspace() {
        autosave.discard();
        replace(new Workspace(), List.of(), null);
    }

    // ---- recovery ----

    /** Work other (crashed) sessions left behind, newest first; this session's own file is not among it. */
    public List<Recovery.Found> recoverable() {
        Path own = autosave.recoveryFile();
        return Recovery.list(own.getParent()).stream().filter(f -> !f.file().equals(own)).toList();
    }

    /** Throws away work crashed sessions left behind. */
    public void discardRecovered(List<Recovery.Found> found) {
        for (Recovery.Found f : found) {
            try {
                Recovery.discard(f);
            } catch (IOException e) {
                status("Could not remove " + f.file() + ": " + e.getMessage());
            }
        }
    }

    /** Opens what a crashed session left; it is unsaved work, and this session's autosave takes the file over. */
    public void restore(Recovery.Found found) {
        Path own = autosave.recoveryFile();
        load("Restoring unsaved work", List.of(found.file()), () -> matchEarly(Recovery.restore(found, importer)), loaded -> {
            replace(loaded.workspace(), loaded.warnings(), found.workspaceOf().orElse(null));
            savedRevision = -1;
            try {
                Files.move(found.file(), own, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                autosave.changed(ws.snapshot());
            }
            listeners.forEach(SessionListener::edited);
        });
    }

    // ---- saving ----

    /** Saves to {@code target}; true when it worked (else the user is told and the file on disk is unchanged). */
    public boolean saveTo(Path target) {
        try {
            WorkspaceFile.save(target, ws, atlas, matcher.fingerprint());
        } catch (IOException e) {
            listeners.forEach(l -> l.failed("Could not save", target + ": " + e.getMessage()
                    + "\nThe file on disk was not changed; your work is still open."));
            return false;
        }
        file = target;
        savedRevision = ws.revision();
        autosave.setWorkspaceFile(Optional.of(target));
        autosave.discard();
        fileUsed(target);
        status("Saved " + target.getFileName() + " \u2014 " + summary());
        listeners.forEach(SessionListener::edited);
        return true;
    }

    /** The user closes or quits and chose what to do with unsaved work: nothing is left to recover. */
    public void discardRecovery() {
        autosave.discard();
    }

    /** The app stops: pending autosaves are written (unsaved work stays recoverable). */
    @Override
    public void close() {
        autosave.close();
    }

    // ---- editing ----

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Every place the concept of {@code id} is written; empty when it is written once. */
    public List<Occurrence> occurrencesOf(TopicId id) {
        return atlas.conceptOf(id).map(Concept::members).orElse(List.of());
    }

    /**
     * Finds the overlaps again in the background; only the newest result is published. A workspace just opened
     * with a saved match of the same roadmaps, decisions and matcher takes that match instead.
     */
    public void rematch() {
        Workspace.Snapshot curated = ws.snapshot();
        Optional<MatchCache.Stored> saved = savedMatch;
        savedMatch = Optional.empty();
        int topics = curated.roadmaps().stream().mapToInt(r -> r.size()).sum();
        if (topics > 0) {
            listeners.forEach(l -> l.working(String.format("Finding overlaps in %,d topics", topics)));
        }
        EarlyMatch begun = early;
        early = null;
        boolean takeBegun = begun != null && begun.fits(curated);
        if (begun != null && !takeBegun) {
            begun.cancel(); // of roadmaps or decisions no longer open: its CPU and memory are this match's now
        }
        matches.submit(BackgroundTask.of(() -> {
            Atlas a;
            try {
                a = (takeBegun ? begun.await() : EarlyMatch.match(matcher, curated.roadmaps(), curated.decisions(), saved))
                        .withConceptNames(curated.conceptNames());
            } catch (InterruptedException | java.util.concurrent.CancellationException e) {
                if (takeBegun) {
                    begun.cancel(); // this re-match was replaced while it waited: the match it waited for goes too
                }
                throw e;
            }
            a.concepts();
            return new Matched(a, SessionText.spread(a));
        }).onSuccess(m -> {
            atlas = m.atlas();
            spread = m.spread();
            listeners.forEach(l -> l.working(null));
            listeners.forEach(l -> l.atlasChanged(atlas));
            status(summary());
        }).onFailure(t -> {
            listeners.forEach(l -> l.working(null));
            status(t instanceof OutOfMemoryError
                ? "Could not find the overlaps: " + MemoryLimit.noRoomToMatch(curated.roadmaps().stream().mapToInt(r -> r.size()).sum())
                : "Could not find the overlaps: " + t);
        }));
    }

    private record Matched(Atlas atlas, String spread) {
    }

    /** On the reading thread: begins matching what was just read, while the window lays it out and draws it. */
    private WorkspaceFile.Loaded matchEarly(WorkspaceFile.Loaded read) {
        early = EarlyMatch.start(read.workspace(), read.match(), matcher, executor);
        return read;
    }

    /** On the reading thread: begins matching roadmaps just read, before they are made into a workspace. */
    private List<ImportResult> matchEarly(List<ImportResult> read) {
        early = EarlyMatch.start(read.stream().map(ImportResult::roadmap).toList(), List.of(), Optional.empty(), matcher,
                executor);
        return read;
    }

    // ---- plumbing ----

    /** Runs {@code work} (reading {@code files}) through the executor with the status saying what; failures keep what is open. */
    private <T> void load(String what, List<Path> files, BackgroundTask.WorkWithoutReport<T> work, Consumer<T> done) {
        listeners.forEach(l -> l.working(what));
        matcher.shareCores(false); // the window paints what is read on the other core; see viewShown()
        executor.execute(BackgroundTask.of(work).onSuccess(value -> {
            listeners.forEach(l -> l.working(null));
            Workspace before = ws;
            Path beforeFile = file;
            long beforeSaved = savedRevision;
            try {
                done.accept(value);
            } catch (OutOfMemoryError e) {
                // read, but too big to lay out and show: back to what was open (its undo history is lost)
                long topics = value instanceof WorkspaceFile.Loaded read ? read.workspace().topicCount() : -1;
                replace(before, List.of(), beforeFile);
                savedRevision = beforeSaved;
                listeners.forEach(l -> l.failed("Could not open", MemoryLimit.tooBig(files, topics, false)
                        + "\nWhat was open stays open."));
            }
            listeners.forEach(SessionListener::edited);
        }).onFailure(t -> {
            listeners.forEach(l -> l.working(null));
            matcher.shareCores(true); // nothing new to paint
            EarlyMatch begun = early;
            if (begun != null && !begun.fits(ws.snapshot())) {
                early = null;
                begun.cancel(); // of roadmaps that could not be opened after all
            }
            // past the heap limit: the file and its size, never an OutOfMemoryError
            // (HeapGuard stopped the reading before the heap was full: it knows how many topics it had read)
            String msg = t instanceof HeapGuard.NoRoom stopped ? MemoryLimit.tooBig(files, stopped.done(), !stopped.all())
                    : t instanceof OutOfMemoryError ? MemoryLimit.tooBig(files)
                    : t instanceof ImportException ? t.getMessage() : String.valueOf(t);
            status(ws.roadmaps().isEmpty() ? "Nothing loaded" : summary());
            listeners.forEach(l -> l.failed("Could not open", msg + "\nWhat was open stays open."));
        }));
    }

    private void replace(Workspace fresh, List<ImportWarning> found, Path from) {
        ws.removeListener(forward);
        ws = fresh;
        history = new History(ws);
        ws.addListener(forward);
        atlas = Atlas.of(List.of());
        spread = "";
        file = from;
        savedRevision = ws.revision();
        autosave.setWorkspaceFile(Optional.ofNullable(from));
        listeners.forEach(l -> l.documentReplaced(ws));
        warnings.clear();
        warnings.addAll(baseWarnings);
        warnings.addAll(found);
        refresh();
        rematch();
    }

    private void refresh() {
        status(summary());
        List<ImportWarning> now = warnings();
        listeners.forEach(l -> l.warningsChanged(now));
        listeners.forEach(SessionListener::edited);
    }

    /** After every change to the workspace: the views' title and summary, and the autosave. */
    private void edited() {
        listeners.forEach(SessionListener::edited);
        if (isDirty()) {
            autosave.changed(ws.snapshot());
        }
    }

    private void status(String text) {
        listeners.forEach(l -> l.status(text));
    }

    private void fileUsed(Path p) {
        listeners.forEach(l -> l.fileUsed(p));
    }

    private Set<String> openNames() {
        Set<String> taken = new HashSet<>();
        ws.roadmaps().forEach(r -> taken.add(r.name()));
        return taken;
    }

    private List<ImportResult> importEach(List<Path> files, List<String> names) throws ImportException {
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            results.addAll(importer.importFileAll(files.get(i), names.get(i)));
        }
        return results;
    }

    /** Whether a roadmap of that file is open (an XMind file's sheets are named "file [sheet]"). */
    private static boolean isTaken(Set<String> taken, String fileName) {
        return taken.stream().anyMatch(t -> Importer.sameFile(t, fileName));
    }

    /** Roadmap names for files: the file name, or "name (2)" when that name is taken. */
    private static List<String> namesFor(List<Path> files, Set<String> taken) {
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            String base = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            String name = base;
            for (int i = 2; isTaken(taken, name); i++) {
                name = base + " (" + i + ")";
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }

    /**
     * Freshly imported roadmaps as a new workspace. A big map opens folded below its second level, as a
     * reader would first want the overview (the user unfolds from there; folds are saved).
     */
    private static WorkspaceFile.Loaded workspaceOf(List<ImportResult> results) {
        Workspace fresh = new Workspace();
        List<ImportWarning> found = new ArrayList<>();
        for (ImportResult r : results) {
            fresh.addRoadmap(r.roadmap());
            found.addAll(r.warnings());
        }
        if (fresh.topicCount() > FOLD_ABOVE) {
            fresh.setFolded(MapTree.of("Crossmap", fresh.roadmaps()).foldsForLevel(2), true);
        }
        return new WorkspaceFile.Loaded(fresh, found);
    }
}
