package dev.crossmap.bench;

import java.io.PrintStream;

/**
 * One performance figure the issues ask for, measured over generated input by {@code src/bench/run NAME}.
 * Implementations generate their input, warm up, then time repeated runs and print the median.
 */
interface Benchmark {
    /** The word after {@code src/bench/run}, e.g. "import". */
    String name();

    /** What is measured and against which target, one line. */
    String summary();

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param size   how many topics to generate (the figure, e.g. 100,000, unless the user says)
     * @param rounds how many timed runs after warm-up
     */
    void run(int size, int rounds, PrintStream out) throws Exception;

    /** Takes the arguments this benchmark understands and returns the rest (none by default). */
    default java.util.List<String> options(java.util.List<String> args) {
        return args;
    }
}
