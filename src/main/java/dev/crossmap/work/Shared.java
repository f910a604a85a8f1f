package dev.crossmap.work;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Work over many items shared between this thread and one more, on a machine with a second core: reading 100,000
 * labels is ~40 % of a match, gathering its concepts another fifth, and the window's thread leaves the other core
 * mostly idle meanwhile. Each thread takes the next chunk of items as it finishes one, and every item writes its
 * result to its own slot of an array, so which thread did which never shows in the result.
 */
public final class Shared {
    /** What a stop by an interrupt says (as the matcher's own stops do). */
    private static final String CANCELLED = "matching stopped: its result was no longer wanted";
    /** Items taken at a time: small enough to balance, large enough that taking costs nothing. */
    static final int CHUNK = 128;
    /** How often a helper that may not share yet looks again. */
    private static final long WAIT_NANOS = 3_000_000;

    /** The cores work is shared between: the machine's (a test sets 1 to compare with the work done on one). */
    static volatile int cores = Runtime.getRuntime().availableProcessors();
    /**
     * The fewest items worth a second thread: ~25 ms of reading labels. Below it (the bundled five: ~2,000 labels)
     * a helper would save a few milliseconds and cost its thread, its copy of the stems and a few MiB of memory.
     * Tests lower it to share small work.
     */
    static volatile int fewest = 5_000;

    private Shared() {
    }

    /**
     * Runs {@code body.accept(worker, i)} once for every {@code i} in {@code [0, n)}: on this thread with
     * {@code mine} and, when a second core is there and the work is worth it, on a helper thread with
     * {@code theirs.get()} (a worker of its own, made on this thread and only when a helper starts: the stemmer
     * keeps state). Returns when every item is done. An interrupt of this thread stops both (a
     * {@link CancellationException}, as the matcher's own loops do); whatever the helper throws is thrown here.
     */
    public static <W> void forEach(int n, W mine, Supplier<W> theirs, ObjIntConsumer<W> body) {
        forEach(n, mine, theirs, () -> true, body);
    }

    /**
     * {@link #forEach(int, Object, Supplier, ObjIntConsumer)} where the helper takes a chunk only while
     * {@code mayShare} holds (it looks every few milliseconds meanwhile): the window keeps the second core while it
     * paints a map just opened, and the work goes on on this thread alone.
     */
    public static <W> void forEach(int n, W mine, Supplier<W> theirs, BooleanSupplier mayShare, ObjIntConsumer<W> body) {
        if (n < Math.max(fewest, 2 * CHUNK) || cores < 2) {
            for (int i = 0; i < n; i++) {
                if ((i & 1023) == 1023 && Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(CANCELLED);
                }
                body.accept(mine, i);
            }
            return;
        }
        W helperWorker = theirs.get(); // made here, before the helper runs: it may copy what this thread uses
        AtomicInteger next = new AtomicInteger();
        Throwable[] failed = new Throwable[1];
        Thread helper = new Thread(() -> {
            try {
                take(n, next, helperWorker, body, mayShare);
            } catch (Throwable t) { // read by this thread after join()
                failed[0] = t;
                next.set(n); // the rest is this thread's, which will stop at the failure anyway
            }
        }, "crossmap-matching-helper");
        helper.setDaemon(true);
        try {
            helper.start();
        } catch (OutOfMemoryError noThread) {
            // no thread to spare ("unable to create native thread"): this one does it all, as on one core
        }
        try {
            take(n, next, mine, body, null);
        } catch (RuntimeException | Error e) {
            next.set(n); // the helper stops after its chunk
            joinQuietly(helper);
            throw e;
        }
        joinQuietly(helper);
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failed[0] instanceof Error e) {
            throw e;
        }
    }

    /**
     * Takes chunks until none is left. This thread ({@code mayShare} null) stops at an interrupt; the helper waits
     * while it may not share, until the work is done without it.
     */
    private static <W> void take(int n, AtomicInteger next, W worker, ObjIntConsumer<W> body, BooleanSupplier mayShare) {
        while (true) {
            if (mayShare == null) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(CANCELLED);
                }
            } else {
                while (!mayShare.getAsBoolean() && next.get() < n) {
                    LockSupport.parkNanos(WAIT_NANOS);
                }
            }
            int start = next.getAndAdd(CHUNK);
            if (start >= n) {
                return;
            }
            int end = Math.min(n, start + CHUNK);
            for (int i = start; i < end; i++) {
                body.accept(worker, i);
            }
        }
    }

    /** Waits for the helper, keeping this thread's interrupt for whoever looks next. */
    private static void joinQuietly(Thread helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
