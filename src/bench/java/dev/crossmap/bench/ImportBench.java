package dev.crossmap.bench;

import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code src/bench/run import}: imports a generated outline of N topics (default 100,000) as Markdown
 * (headings over nested bullets, some with hours), as OPML, as roadmap.sh JSON and as an XMind file (a zip of
 * content.json), through {@link Importer#importBytes}, the path File &gt; Open takes. Target: under 1 s for 100,000 topics.
 */
final class ImportBench implements Benchmark {
    private static final List<String> SUBJECTS = List.of("PostgreSQL indexing", "HTTP caching headers",
            "Async I/O with asyncio", "Message queues and Kafka", "REST API design", "Idempotency keys",
            "Connection pooling", "Python descriptors", "Unit testing with pytest", "Docker images",
            "Kubernetes deployments", "Observability and tracing", "Rate limiting", "OAuth 2.0 flows",
            "Database migrations", "Query planning with EXPLAIN", "Redis data structures", "Load balancing");
    private static final int[] BULLET_DEPTHS = {0, 1, 2, 2, 1, 2, 3, 0, 1, 1};

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import a generated outline as Markdown, OPML, roadmap.sh JSON and XMind (target: under 1 s for 100,000 topics)";
    }

    @Override
    public void run(int size, int rounds, PrintStream out) throws Exception {
        Outline outline = generate(size);
        long baseline = Bench.usedHeapMb();
        ImportResult md = measure("markdown", "generated.md", outline.markdown(), size, rounds, out);
        ImportResult opml = measure("opml", "generated.opml", outline.opml(), size, rounds, out);
        measure("roadmap.sh", "generated.json", GeneratedRoadmapSh.editor(size), size, rounds, out);
        ImportResult xmind = measure("xmind", "generated.xmind", outline.xmind(), size, rounds, out);
        long held = Bench.usedHeapMb();
        out.printf(Locale.ROOT, "heap: %d MB in use holding the three imported roadmaps (%d MB before; %d + %d + %d topics)%n",
                held, baseline, md.roadmap().size(), opml.roadmap().size(), xmind.roadmap().size());
    }

    private static ImportResult measure(String format, String fileName, byte[] bytes, int size, int rounds,
                                        PrintStream out) throws ImportException {
        Importer importer = new Importer();
        ImportResult first = importer.importBytes(fileName, bytes);
        if (first.roadmap().size() != size || !first.roadmap().format().equals(format)) {
            throw new IllegalStateException(fileName + " imported as " + first.roadmap().size() + " "
                    + first.roadmap().format() + " topics, expected " + size + " " + format);
        }
        double[] ms = Bench.time(3, rounds, () -> {
            try {
                return importer.importBytes(fileName, bytes).roadmap().size();
            } catch (ImportException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        double median = ms[ms.length / 2];
        out.printf(Locale.ROOT, "%-8s %,d topics, %.1f MB: %s, %,.0f topics/s%n", format, size, bytes.length / 1e6,
                Bench.describe(ms), size / (median / 1000));
        return first;
    }

    /** The same tree written three ways, so the figures compare readers, not inputs. */
    record Outline(byte[] markdown, byte[] opml, byte[] xmind) {
    }

    /**
     * A study plan of exactly {@code size} topics: a title, phases of 1,000 topics, modules of 40, and
     * bullets nested up to four deep under each module; every seventh bullet carries hours.
     */
    static Outline generate(int size) {
        StringBuilder md = new StringBuilder(size * 48);
        StringBuilder opml = new StringBuilder(size * 64);
        opml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head><title>Generated study plan"
                + "</title></head>\n<body>\n");
        StringBuilder json = new StringBuilder(size * 80);
        json.append("[{\"id\":\"sheet\",\"class\":\"sheet\",\"title\":\"Sheet 1\",\"rootTopic\":");
        // Depth of the innermost <outline> still open (-1: none), closed as the next topic needs.
        int openDepth = -1;
        int phase = 0;
        int module = 0;
        int bullet = 0;
        for (int n = 0; n < size; n++) {
            int depth;
            String label;
            if (n == 0) {
                depth = 0;
                label = "Generated study plan";
                md.append("# ").append(label).append("\n\n");
            } else if (n % 1000 == 1) {
                depth = 1;
                label = "Phase " + ++phase + ": " + SUBJECTS.get(phase % SUBJECTS.size());
                md.append("\n## ").append(label).append("\n\n");
            } else if (n % 40 == 2) {
                depth = 2;
                label = "Module " + phase + "." + ++module + " " + SUBJECTS.get(module % SUBJECTS.size());
                md.append("\n### ").append(label).append("\n\n");
                bullet = 0;
            } else {
                int level = BULLET_DEPTHS[bullet % BULLET_DEPTHS.length];
                // A bullet can only go one level below the one before it.
                level = Math.min(level, openDepth - 2);
                depth = 3 + level;
                label = SUBJECTS.get((n * 7) % SUBJECTS.size()) + " exercise " + n
                        + (n % 7 == 0 ? " (" + (2 + n % 9) + " h)" : "");
                md.append("  ".repeat(level)).append("- ").append(label).append('\n');
                bullet++;
            }
            openJsonTopic(json, n, label, depth, openDepth);
            while (openDepth >= depth) {
                opml.append("</outline>\n");
                openDepth--;
            }
            opml.append("\t".repeat(depth)).append("<outline text=\"").append(label).append("\">");
            opml.append('\n');
            openDepth = depth;
        }
        closeJsonTopics(json, openDepth, 0);
        json.append("}]");
        while (openDepth-- >= 0) {
            opml.append("</outline>\n");
        }
        opml.append("</body>\n</opml>\n");
        return new Outline(md.toString().getBytes(StandardCharsets.UTF_8),
                opml.toString().getBytes(StandardCharsets.UTF_8), xmind(json.toString()));
    }

    /** Starts topic {@code n} at {@code depth} in content.json, closing or opening its elders' child lists first. */
    private static void openJsonTopic(StringBuilder json, int n, String label, int depth, int openDepth) {
        if (n > 0 && depth == openDepth + 1) {
            json.append(",\"children\":{\"attached\":[");
        } else if (n > 0) {
            closeJsonTopics(json, openDepth, depth);
            json.append(',');
        }
        json.append("{\"id\":\"t").append(n).append("\",\"title\":\"").append(label).append('"');
        if (n % 5 == 0) {
            json.append(",\"markers\":[{\"markerId\":\"task-done\"}],\"labels\":[\"core\"]");
        }
    }

    /** Closes the open topics from {@code from} up to and including depth {@code to}. */
    private static void closeJsonTopics(StringBuilder json, int from, int to) {
        json.append('}');
        for (int level = from - 1; level >= to; level--) {
            json.append("]}}");
        }
    }

    /** An .xmind file holding this content.json, as XMind writes it (with its metadata and manifest). */
    private static byte[] xmind(String contentJson) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(contentJson.length() / 8);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("content.json"));
            zip.write(contentJson.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("metadata.json"));
            zip.write("{\"creator\":{\"name\":\"crossmap bench\"}}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"file-entries\":{\"content.json\":{},\"metadata.json\":{}}}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
