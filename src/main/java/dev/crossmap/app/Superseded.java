package dev.crossmap.app;

import java.util.concurrent.CancellationException;

/**
 * One run of background work that newer work may make pointless (a re-match of a document changed since, a match
 * of a document no longer open): {@link #cancel()} keeps it from starting, or interrupts the thread running it,
 * which long work notices (the matcher looks between topics) and ends with a {@link CancellationException}. Its CPU
 * and its memory go to the work that replaced it instead of a result nobody will see.
 */
final class Superseded {
    private Thread running;
    private boolean cancelled;

    /** Runs {@code work} on this thread unless cancelled before; an interrupt from {@link #cancel()} stays inside. */
    <T> T run(BackgroundTask.WorkWithoutReport<T> work) throws Exception {
        synchronized (this) {
            if (cancelled) {
                throw new CancellationException("replaced by newer work before it began");
            }
            running = Thread.currentThread();
        }
        try {
            return work.call();
        } finally {
            synchronized (this) {
                running = null;
                Thread.interrupted(); // a cancel that came as the work ended is not the next task's business
            }
        }
    }

    /** Keeps the work from starting, or interrupts it while it runs; nothing once it has ended. */
    synchronized void cancel() {
        cancelled = true;
        if (running != null) {
            running.interrupt();
        }
    }
}
