package dev.crossmap.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Stops long work (reading a map) before its data fill the Java heap, while there is still room for the window to
 * say so. A heap that runs out while the window is up does not fail only the work that filled it: JavaFX's FX and
 * render threads allocate all the time, whichever thread finds the heap full gets the OutOfMemoryError, and when
 * that is the renderer the window can wait forever for a frame it will never get (a 500,000-topic map read with
 * -Xmx300m left it at "Opening 1 file(s)…" for good, the heap 90 % free again behind it). So the work asks,
 * every few thousand topics, whether its live data still leave a reserve of the heap free; when they do not,
 * it stops with {@link NoRoom}, an OutOfMemoryError of its own that every place handling one handles.
 *
 * <p>The live data must fit where long-lived data go (the old generation; the whole heap with a collector that
 * has none), with the reserve left over. What the heap holds now (garbage included, and what is still young) is
 * compared with that limit; only past it is a full collection asked for, to tell live data from garbage: one
 * that would have come soon anyway.
 */
public final class HeapGuard {
    /** At least this much of the heap stays free for the window (JavaFX, the dialog that says what happened). */
    static final long MIN_RESERVE = 32L << 20;
    /** Or this share of it, when that is more. */
    static final double RESERVE_SHARE = 0.125;
    /** The pool where long-lived data go (its size limit is what they may fill); null when the collector has none. */
    private static final MemoryPoolMXBean TENURED = tenured();
    /** A limit set by hand (tests), or 0 for the one computed from the heap. */
    private static volatile long limitOverride;

    private HeapGuard() {
    }

    /** The work ran out of room: its live data would have left less than the reserve free. */
    public static final class NoRoom extends OutOfMemoryError {
        private static final long serialVersionUID = 1L;
        private final long done;
        private final boolean all;

        NoRoom(long done, boolean all, long live, long limit) {
            super(String.format(Locale.ROOT, "stopped at %,d%s: %d MiB live, limit %d MiB", done, all ? " (all)" : "",
                    live >> 20, limit >> 20));
            this.done = done;
            this.all = all;
        }

        /** How much of the work was done when it stopped (topics read), as {@link #check} was told. */
        public long done() {
            return done;
        }

        /** Whether {@link #done()} is all there is (every topic was read; making the map of them stopped). */
        public boolean all() {
            return all;
        }
    }

    /**
     * Throws {@link NoRoom} when the live data fill the heap past its limit; {@code done} says how far the work
     * got (topics read), {@code all} whether that is all of it, for the message. Cheap unless the heap is past the
     * limit, when it collects.
     */
    public static void check(long done, boolean all) {
        long limit = limit();
        if (used() <= limit) {
            return;
        }
        System.gc(); // what is past the limit may be garbage; a full collection says what is live
        long live = used();
        if (live > limit) {
            throw new NoRoom(done, all, live, limit);
        }
    }

    /** How full the heap may get with live data, in bytes. */
    public static long limit() {
        long set = limitOverride;
        if (set > 0) {
            return set;
        }
        long max = max();
        return max - Math.max(MIN_RESERVE, (long) (max * RESERVE_SHARE));
    }

    /**
     * Sets the limit to {@code bytes} (0: back to the one computed from the heap), for tests that show what a
     * user sees past it without filling the heap of the JVM that runs them.
     */
    public static void setLimit(long bytes) {
        limitOverride = Math.max(0, bytes);
    }

    /** Bytes in use now in the whole heap (garbage included until a collection). */
    public static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The most the heap can keep: its old generation's size limit, or the whole heap's. */
    private static long max() {
        long max = TENURED == null ? -1 : TENURED.getUsage().getMax();
        return max > 0 ? Math.min(max, Runtime.getRuntime().maxMemory()) : Runtime.getRuntime().maxMemory();
    }

    /** The heap pool whose use can be watched (usage thresholds): the old generation of every HotSpot collector. */
    private static MemoryPoolMXBean tenured() {
        try {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported() && pool.isValid()) {
                    return pool;
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // no management: the whole heap is watched instead
        }
        return null;
    }
}
