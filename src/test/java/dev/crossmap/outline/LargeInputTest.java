package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Inputs at the sizes the issue names: a 100,000-deep outline imports without overflowing the stack (it runs
 * on a thread with a deliberately small stack, so a reader that recursed per level would fail here whatever
 * -Xss the build uses), and a 100 MB Markdown file imports within the default heap.
 */
class LargeInputTest {
    private static final int DEEP = 100_000;
    /** Small enough that recursion per nesting level overflows long before the outline's bottom. */
    private static final long SMALL_STACK = 512 * 1024;

    interface Work {
        ImportResult run() throws Exception;
    }

    /** Runs {@code work} on a thread with a {@link #SMALL_STACK}; rethrows whatever it threw. */
    private static ImportResult onSmallStack(Work work) throws Throwable {
        AtomicReference<ImportResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.run());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack-import", SMALL_STACK);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static ImportResult importText(String name, CharSequence text) throws Throwable {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return onSmallStack(() -> new Importer().importBytes(name, bytes));
    }

    /** One topic per level, each the child of the one before, the deepest on {@code lastLine}. */
    private static void assertChain(Roadmap map, int depth, int lastLine) {
        assertEquals(depth, map.size());
        Topic last = map.topics().get(depth - 1);
        assertEquals(depth - 1, last.depth());
        assertEquals("level " + (depth - 1), last.label());
        assertEquals(map.topics().get(depth - 2).id(), last.parent());
        assertEquals(lastLine, last.line());
    }

    @Test
    void aHundredThousandDeepOpmlOutlineImports() throws Throwable {
        StringBuilder sb = new StringBuilder("<opml version=\"2.0\"><head><title>Deep</title></head><body>");
        for (int i = 0; i < DEEP; i++) {
            sb.append("\n<outline text=\"level ").append(i).append("\">");
        }
        sb.append("</outline>".repeat(DEEP)).append("</body></opml>\n");
        Roadmap map = importText("deep.opml", sb).roadmap();
        assertEquals("opml", map.format());
        assertChain(map, DEEP, DEEP + 1);
    }

    @Test
    void aHundredThousandDeepMindMapImports() throws Throwable {
        StringBuilder sb = new StringBuilder("<map version=\"freeplane 1.12.1\">");
        for (int i = 0; i < DEEP; i++) {
            sb.append("\n<node TEXT=\"level ").append(i).append("\" ID=\"ID_").append(i).append("\">");
        }
        sb.append("<arrowlink DESTINATION=\"ID_0\"/>").append("</node>".repeat(DEEP)).append("</map>\n");
        Roadmap map = importText("deep.mm", sb).roadmap();
        assertEquals("freeplane", map.format());
        assertChain(map, DEEP, DEEP + 1);
        assertEquals(map.topics().get(0).id(), map.connectors().get(0).to());
    }

    /**
     * Markdown nests by indentation, so depth costs its square in bytes: 100,000 levels would take 10 GB of
     * spaces. 7,000 levels of two-space steps (49 MB) is the deepest file of sane size.
     */
    @Test
    void aSevenThousandDeepMarkdownBulletListImports() throws Throwable {
        int depth = 7_000;
        StringBuilder sb = new StringBuilder(depth * (depth + 16));
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        Roadmap map = importText("deep.md", sb).roadmap();
        assertChain(map, depth, depth);
    }

    @Test
    void aHundredMegabyteMarkdownFileImports() throws Throwable {
        StringBuilder sb = new StringBuilder(105 << 20);
        int topics = 0;
        int lines = 0;
        String lastLabel = "";
        for (int phase = 1; sb.length() < 100 << 20; phase++) {
            sb.append("## Phase ").append(phase).append(": Databases and caching\n\n");
            sb.append("Prose that explains why this phase matters, long enough to be a real paragraph of text.\n\n");
            lines += 4;
            topics++;
            for (int item = 1; item <= 8; item++) {
                sb.append("- Indexing strategies ").append(item).append(" (").append(item + 2).append(" h)\n");
                sb.append("  - B-Tree, hash and GIN indexes for query ").append(phase).append('.').append(item).append('\n');
                sb.append("  - [ ] Exercise: measure ").append(item).append(" slow queries with EXPLAIN ANALYZE\n");
                lastLabel = "Exercise: measure " + item + " slow queries with EXPLAIN ANALYZE";
                lines += 3;
                topics += 3;
            }
            sb.append('\n');
            lines++;
        }
        ImportResult r = new Importer().importBytes("huge.md", sb.toString().getBytes(StandardCharsets.UTF_8));
        Roadmap map = r.roadmap();
        assertEquals(topics, map.size());
        Topic last = map.topics().get(map.size() - 1);
        assertEquals(lines - 1, last.line());
        assertEquals(lastLabel, last.label().replaceFirst("^\\[ \\] ", ""));
    }
}
