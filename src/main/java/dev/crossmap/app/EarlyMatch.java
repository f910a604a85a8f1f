package dev.crossmap.app;

import dev.crossmap.document.Workspace;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Roadmap;
import dev.crossmap.storage.MatchCache;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A match begun on a background thread as soon as a document's roadmaps are read, while the window is still
 * laying them out and drawing them: at 100,000 topics that is half a second of a core that would otherwise wait
 * (issue 14). The document's first re-match takes the result when its roadmaps and decisions are still the ones
 * that were read; otherwise the result is dropped.
 */
final class EarlyMatch {
    private final List<Roadmap> roadmaps;
    private final List<Decision> decisions;
    private final CompletableFuture<Atlas> atlas = new CompletableFuture<>();
    private final Superseded run = new Superseded();

    private EarlyMatch(List<Roadmap> roadmaps, List<Decision> decisions) {
        this.roadmaps = roadmaps;
        this.decisions = decisions;
    }

    /** Starts matching a workspace just read (and not yet shown), with the match saved in its file if it has one. */
    static EarlyMatch start(Workspace read, Optional<MatchCache.Stored> saved, Matcher matcher, TaskExecutor executor) {
        Workspace.Snapshot s = read.snapshot();
        return start(s.roadmaps(), s.decisions(), saved, matcher, executor);
    }

    /**
     * Starts matching roadmaps just read, before they are even made into a workspace (which then happens on the other
     * core: at 100,000 topics, a tenth of a second off the time to the overlaps); a workspace made of these very
     * roadmaps with these decisions later takes the result.
     */
    static EarlyMatch start(List<Roadmap> roadmaps, List<Decision> decisions, Optional<MatchCache.Stored> saved,
                            Matcher matcher, TaskExecutor executor) {
        EarlyMatch m = new EarlyMatch(List.copyOf(roadmaps), List.copyOf(decisions));
        if (!m.roadmaps.isEmpty()) {
            executor.execute(BackgroundTask.of(() -> {
                try {
                    m.atlas.complete(m.run.run(() -> match(matcher, m.roadmaps, m.decisions, saved)));
                } catch (Throwable t) { // an OutOfMemoryError too: the re-match that waits reports it
                    m.atlas.completeExceptionally(t);
                }
                return null;
            }).onFailure(m.atlas::completeExceptionally)); // never run (the executor refused it): no one waits forever
        }
        return m;
    }

    /** Stops the match (its result would fit no document): it does not start, or stops between topics. */
    void cancel() {
        run.cancel();
    }

    /** Whether this match is of these roadmaps (the same ones, in the same order) with these decisions. */
    boolean fits(Workspace.Snapshot now) {
        if (roadmaps.isEmpty() || now.roadmaps().size() != roadmaps.size() || !now.decisions().equals(decisions)) {
            return false;
        }
        for (int i = 0; i < roadmaps.size(); i++) {
            if (now.roadmaps().get(i) != roadmaps.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Waits for the match; throws what matching threw. */
    Atlas await() throws Exception {
        try {
            return atlas.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    /**
     * The overlaps of these roadmaps: the saved match when it was made of the same roadmaps, decisions and matcher,
     * else a match made now, at the lowest thread priority (a hint that the window comes first, honoured where the
     * OS lets a process lower a thread's priority).
     */
    static Atlas match(Matcher matcher, List<Roadmap> roadmaps, List<Decision> decisions, Optional<MatchCache.Stored> saved) {
        Thread worker = Thread.currentThread();
        int priority = worker.getPriority();
        worker.setPriority(Thread.MIN_PRIORITY);
        try {
            Atlas a = saved.flatMap(m -> m.atlasFor(roadmaps, decisions, matcher.fingerprint()))
                    .orElseGet(() -> matcher.match(roadmaps, decisions));
            a.concepts();
            return a;
        } finally {
            worker.setPriority(priority);
        }
    }
}
