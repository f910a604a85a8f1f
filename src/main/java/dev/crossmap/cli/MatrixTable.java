package dev.crossmap.cli;

import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.overlap.UniqueTopics;

/**
 * The coverage matrix as a table a terminal shows: roadmaps numbered in a legend (file names are too wide for
 * column headings), one row per concept widest spread first, "·" for a roadmap that does not teach it; then
 * each roadmap's unique topics and the overlap summary.
 */
final class MatrixTable {
    private static final int LABEL_WIDTH = 40;

    private MatrixTable() {
    }

    static String render(CoverageMatrix matrix, UniqueTopics unique) {
        StringBuilder sb = new StringBuilder();
        int columns = matrix.roadmaps().size();
        sb.append(String.format("coverage matrix: %,d concepts x %d roadmaps (cell: occurrences, \u00b7: none), "
                + "widest spread first%n", matrix.rows().size(), columns));
        for (int i = 0; i < columns; i++) {
            sb.append(String.format("%4d  %s%n", i + 1, matrix.roadmaps().get(i)));
        }
        int labelWidth = 7;
        int cell = Math.max(2, Integer.toString(columns).length());
        for (CoverageMatrix.Row r : matrix.rows()) {
            labelWidth = Math.max(labelWidth, Math.min(LABEL_WIDTH, r.label().length()));
            for (int n : r.counts()) {
                cell = Math.max(cell, Integer.toString(n).length());
            }
        }
        sb.append('\n').append(pad("concept", labelWidth)).append("  places  roadmaps ");
        for (int i = 0; i < columns; i++) {
            sb.append(' ').append(left(Integer.toString(i + 1), cell));
        }
        sb.append('\n');
        for (CoverageMatrix.Row r : matrix.sorted(CoverageMatrix.Order.SPREAD)) {
            sb.append(pad(r.label(), labelWidth)).append(String.format("  %6d  %8d ", r.places(), r.spread()));
            for (int n : r.counts()) {
                sb.append(' ').append(left(n == 0 ? "\u00b7" : Integer.toString(n), cell));
            }
            sb.append('\n');
        }
        sb.append("\nunique topics (in no concept another roadmap teaches):\n");
        int nameWidth = 0;
        for (String name : matrix.roadmaps()) {
            nameWidth = Math.max(nameWidth, name.length());
        }
        for (String name : matrix.roadmaps()) {
            sb.append(String.format("  %s  %,6d%n", pad(name, nameWidth), unique.count(name)));
        }
        sb.append('\n').append(matrix.summary().describe()).append('\n');
        return sb.toString();
    }

    /** Left-aligned in {@code width} columns, cut with an ellipsis if longer. */
    private static String pad(String s, int width) {
        if (s.length() > width) {
            return s.substring(0, width - 1) + "\u2026";
        }
        return s + " ".repeat(width - s.length());
    }

    /** Right-aligned in {@code width} columns. */
    private static String left(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
