package dev.crossmap.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The benchmark harness behind docs/benchmarks.md and docs/quality.md: {@code src/bench/run NAME|all [--size N]
 * [--rounds R]} runs whole-app figures over generated input so anyone can re-measure on their machine, and
 * {@code src/bench/run jmh [REGEX]} hands over to JMH for the micro-benchmarks ({@code *Jmh}).
 * Lives in the bench source set (test scope): it is compiled by every build and never shipped.
 */
public final class Bench {
    /** Results land here so the JIT cannot drop the measured work. */
    private static volatile long blackhole;
    private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();

    /** A harness knowing every whole-app benchmark. */
    public Bench() {
        for (Benchmark b : List.of(new ImportBench(), new MatchBench(), new WorkspaceBench(), new LayoutBench(),
                new ExploreBench(), new ExportBench(), new QualityBench())) {
            benchmarks.put(b.name(), b);
        }
    }

    /** {@code src/bench/run} lands here; exits 0 on success, 1 when a benchmark failed, 2 on bad usage. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            // JMH's own command line: a regex of benchmarks, -f forks, -wi/-i iterations, -prof gc ...
            org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int code = new Bench().run(List.of(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** "NAME|all [--size N] [--rounds R] ..." and the benchmarks there are. */
    String usage() {
        return "src/bench/run NAME|all [--size N] [--rounds R] (quality: [--labels DIR] [--errors FOLD]), or src/bench/run jmh [REGEX]"
                + " or src/bench/run frames; NAME is one of: " + String.join(", ", benchmarks.keySet());
    }

    /** Runs the named benchmarks and returns the exit code; never exits the JVM. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return measure(args, out, err);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.println("usage: " + usage());
            return 2;
        }
    }

    private int measure(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("name a benchmark: " + String.join(", ", benchmarks.keySet()) + " or all");
        }
        int size = 100_000;
        int rounds = 5;
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if (benchmarks.containsKey(args.get(0))) {
            rest = new ArrayList<>(benchmarks.get(args.get(0)).options(rest));
        }
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if ((a.equals("--size") || a.equals("--rounds")) && i + 1 < rest.size()) {
                int v = parsePositive(a, rest.get(++i));
                if (a.equals("--size")) {
                    size = v;
                } else {
                    rounds = v;
                }
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        List<Benchmark> chosen = new ArrayList<>();
        if (args.get(0).equals("all")) {
            chosen.addAll(benchmarks.values());
        } else if (benchmarks.containsKey(args.get(0))) {
            chosen.add(benchmarks.get(args.get(0)));
        } else {
            throw new IllegalArgumentException("no benchmark called " + args.get(0) + " (there are: "
                    + String.join(", ", benchmarks.keySet()) + ")");
        }
        out.printf("machine: %d cores, max heap %d MB, Java %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        for (Benchmark b : chosen) {
            out.println("== " + b.name() + ": " + b.summary());
            try {
                b.run(size, rounds, out);
            } catch (Exception e) {
                // Our own messages read as they are; anything else keeps its type, to be reported as a bug
                err.println("bench " + b.name() + " failed: "
                        + (e instanceof java.io.IOException && e.getMessage() != null ? e.getMessage() : e.toString()));
                return 1;
            }
            out.flush();
        }
        return 0;
    }

    private static int parsePositive(String flag, String value) {
        try {
            int v = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new IllegalArgumentException(flag + " takes a positive whole number, not " + value);
    }

    /**
     * Times {@code rounds} runs of {@code work} after {@code warmup} untimed ones and returns the
     * milliseconds of each, sorted. {@code work} returns a value that is printed nowhere but keeps the JIT
     * from removing it.
     */
    static double[] time(int warmup, int rounds, LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.getAsLong();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            sink += work.getAsLong();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        blackhole = sink;
        return ms;
    }

    /** "median 123.4 ms (min 120.1, max 130.2, 5 runs)". */
    static String describe(double[] sortedMs) {
        double median = sortedMs[sortedMs.length / 2];
        return String.format("median %.1f ms (min %.1f, max %.1f, %d runs)", median, sortedMs[0],
                sortedMs[sortedMs.length - 1], sortedMs.length);
    }

    /** Heap in use after a full collection, in MB (a rough figure: GC is a request). */
    static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
