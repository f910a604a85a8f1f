package dev.crossmap.bench;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.outline.OutlineBuilder;
import dev.crossmap.outline.SourceText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code src/bench/run match}: matching a generated atlas of N topics (50 roadmaps of realistic labels:
 * shared concepts in other word forms, noise words, hours, compounds and comparisons), and the five
 * bundled roadmaps ({@code --map FILE}: a file instead). Target: 100,000 topics under 3 s and under 1 GB of heap.
 */
final class MatchBench implements Benchmark {
    private static final String[] WORDS = ("idempotency retry timeout cache index transaction isolation level "
            + "query planner replication shard partition pool connection queue broker consumer producer event loop "
            + "thread process lock deadlock race condition async await coroutine generator iterator decorator closure "
            + "context manager fixture mock test integration unit contract load latency throughput metric trace log "
            + "alert dashboard deployment container image volume network cluster node pod service mesh gateway proxy "
            + "balancer certificate token session cookie header status code route handler middleware schema "
            + "migration rollback model serializer validator permission role policy tenant secret vault key rotation "
            + "backoff jitter circuit breaker bulkhead saga outbox inbox snapshot stream batch window aggregate "
            + "join subquery normalization denormalization constraint trigger view procedure cursor pagination "
            + "filter sort search ranking embedding vector graph tree heap stack memory profiler allocator "
            + "compiler interpreter bytecode module package dependency version release pipeline artifact registry "
            + "linter formatter hook branch merge rebase review refactor pattern factory observer strategy adapter "
            + "facade repository entity aggregate domain boundary layer port hexagon onion monolith microservice")
            .split(" ");
    private static final String[] NOISE = {"", "", "", " basics", " (advanced)", " overview", " fundamentals",
        " deep dive", " concepts"};

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String summary() {
        return "matching a generated atlas (target: 100,000 topics < 3 s, < 1 GB heap) and the bundled roadmaps";
    }

    /** {@code --map FILE}: match this file (e.g. the .mm of packaging/bench-vs-freeplane.sh) instead of generating. */
    private java.nio.file.Path map;

    @Override
    public List<String> options(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        int at = rest.indexOf("--map");
        if (at >= 0 && at + 1 < rest.size()) {
            map = java.nio.file.Path.of(rest.get(at + 1));
            rest.subList(at, at + 2).clear();
        }
        return rest;
    }

    @Override
    public void run(int size, int rounds, PrintStream out) throws Exception {
        if (map != null) {
            List<Roadmap> read = new ArrayList<>();
            for (ImportResult r : new Importer().importFileAll(map, map.getFileName().toString())) {
                read.add(r.roadmap());
            }
            int topics = read.stream().mapToInt(Roadmap::size).sum();
            double[] ms = Bench.time(1, rounds, () -> new Matcher().match(read).concepts().size());
            Atlas atlas = new Matcher().match(read);
            out.printf("%s: %,d topics, %,d concepts, %,d links: %s%n", map.getFileName(), topics,
                    atlas.concepts().size(), atlas.links().size(), Bench.describe(ms));
            return;
        }
        List<Roadmap> generated = generate(size, new Random(42));
        long before = Bench.usedHeapMb();
        double[] ms = Bench.time(1, rounds, () -> new Matcher().match(generated).links().size());
        Atlas atlas = new Matcher().match(generated);
        long after = Bench.usedHeapMb();
        out.printf("generated: %,d topics in %d roadmaps, %,d concepts, %,d links: %s%n", size, generated.size(),
                atlas.concepts().size(), atlas.links().size(), Bench.describe(ms));
        out.printf("generated: heap in use %d MB with the roadmaps, %d MB with the matched atlas too%n", before, after);
        List<Roadmap> bundled = new ArrayList<>();
        for (ImportResult r : new Importer().importBundled()) {
            bundled.add(r.roadmap());
        }
        double[] small = Bench.time(3, rounds, () -> new Matcher().match(bundled).concepts().size());
        out.printf("bundled: 5 roadmaps, %d concepts in two or more places: %s%n",
                new Matcher().match(bundled).concepts().size(), Bench.describe(small));
        if (atlas.concepts().isEmpty()) {
            throw new IllegalStateException("the generated atlas has no overlaps");
        }
    }

    /** Roadmaps of about 2,000 topics each, up to five levels deep, sharing a pool of concepts. */
    static List<Roadmap> generate(int size, Random random) {
        List<String> concepts = new ArrayList<>();
        for (int i = 0; i < Math.max(100, size / 12); i++) {
            int words = 1 + random.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < words; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            concepts.add(sb.toString());
        }
        List<Roadmap> out = new ArrayList<>();
        int perMap = 2_000;
        for (int made = 0, m = 0; made < size; m++) {
            String name = "generated-" + m + ".md";
            OutlineBuilder b = new OutlineBuilder(name);
            int[] open = new int[6];
            int n = Math.min(perMap, size - made);
            for (int i = 0; i < n; i++) {
                int depth = i == 0 ? 0 : 1 + random.nextInt(Math.min(4, 1 + i % 5));
                int parent = depth == 0 ? OutlineBuilder.ROOT : open[depth - 1];
                String label = label(concepts, random);
                int t = b.add(parent, label, "- " + label, i + 1);
                open[depth] = t;
                for (int d = depth + 1; d < open.length; d++) {
                    open[d] = t;
                }
            }
            out.add(b.build(name, "markdown", new SourceText(name, "", List.of())).roadmap());
            made += n;
        }
        return out;
    }

    private static String label(List<String> concepts, Random random) {
        String a = variant(concepts.get((int) Math.abs(random.nextGaussian() * concepts.size() / 3) % concepts.size()), random);
        int kind = random.nextInt(20);
        if (kind == 0) {
            return a + " & " + variant(concepts.get(random.nextInt(concepts.size())), random);
        }
        if (kind == 1) {
            return a + " vs " + variant(concepts.get(random.nextInt(concepts.size())), random);
        }
        if (kind == 2) {
            return "**" + a + "** (" + (1 + random.nextInt(12)) + " h)";
        }
        return a + NOISE[random.nextInt(NOISE.length)];
    }

    private static String variant(String concept, Random random) {
        String s = random.nextBoolean() ? concept + "s" : concept;
        return random.nextInt(4) == 0 ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }
}
