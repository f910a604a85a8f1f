package dev.crossmap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the user reads when opening a map needs more memory than the Java runtime may take: which file, how big,
 * and the limit, instead of an OutOfMemoryError. Measured (issue 14, docs/benchmarks.md): a 500,000-topic map opens
 * and is matched with -Xmx1g (about 2 KiB of heap a topic), shows without overlaps with -Xmx450m and 600m, and fails
 * to open with -Xmx300m and 400m (the reading stops at the {@link dev.crossmap.io.HeapGuard} limit); so the default
 * limit, a quarter of the machine's memory, holds some 500,000 topics per 4 GiB of RAM.
 */
final class MemoryLimit {
    private MemoryLimit() {
    }

    /** The message for {@code files} (none: the bundled roadmaps) whose opening ran out of memory. */
    static String tooBig(List<Path> files, long maxHeapBytes) {
        return tooBig(files, -1, false, maxHeapBytes);
    }

    /**
     * The same, naming the map's size in topics: {@code topics} of them, or with {@code atLeast} more than that
     * (the reading stopped part way); a negative count is not known and not said. The count is said for one file.
     */
    static String tooBig(List<Path> files, long topics, boolean atLeast, long maxHeapBytes) {
        String size = topics < 0 || files.size() != 1 ? ""
                : String.format(Locale.ROOT, atLeast ? "over %,d topics" : "%,d topics", topics);
        String which = files.isEmpty() ? "The bundled roadmaps"
                : files.stream().map(f -> described(f, size)).collect(Collectors.joining(", "));
        return which + ": too big for the memory Crossmap may use on this machine (at most " + (maxHeapBytes >> 20)
                + " MiB). Open a smaller map, or start Crossmap with more memory (JDK_JAVA_OPTIONS=-Xmx4g).";
    }

    /** The same for this running Java runtime's limit. */
    static String tooBig(List<Path> files) {
        return tooBig(files, Runtime.getRuntime().maxMemory());
    }

    /** The same for this running Java runtime's limit, with the map's size in topics (see above). */
    static String tooBig(List<Path> files, long topics, boolean atLeast) {
        return tooBig(files, topics, atLeast, Runtime.getRuntime().maxMemory());
    }

    /** What the status bar says when matching {@code topics} topics ran out of memory: the map stays, unmatched. */
    static String noRoomToMatch(int topics) {
        return String.format(Locale.ROOT, "%,d topics need more memory than Crossmap may use on this machine (at most %d MiB);"
                + " the map is shown without overlaps. Start Crossmap with more memory (JDK_JAVA_OPTIONS=-Xmx4g).",
                topics, Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * What the status bar says when the window itself ran out of memory (drawing or laying out a map too big for
     * the heap): the limit and the advice; what was open stays open, but what was being done may not have been.
     */
    static String windowRanOut() {
        return "Crossmap ran out of memory (at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB) and may not have"
                + " finished what it was doing; what was open is still open. Save your work, then start Crossmap with more"
                + " memory (JDK_JAVA_OPTIONS=-Xmx4g).";
    }

    /** "file (26.8 MB, over 430,080 topics)": the path, its size on disk when it can be read, and {@code more}. */
    private static String described(Path file, String more) {
        String bytes;
        try {
            bytes = String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        } catch (IOException e) {
            bytes = "";
        }
        String both = bytes.isEmpty() || more.isEmpty() ? bytes + more : bytes + ", " + more;
        return both.isEmpty() ? file.toString() : file + " (" + both + ")";
    }
}
