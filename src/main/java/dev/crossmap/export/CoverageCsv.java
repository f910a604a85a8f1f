package dev.crossmap.export;

import dev.crossmap.overlap.CoverageMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage matrix as CSV: a header row {@code concept,places,roadmaps,<one column per roadmap file>},
 * then one row per concept with its number of occurrences in each roadmap, in the order given.
 */
public final class CoverageCsv {
    private CoverageCsv() {
    }

    /** Writes the header and the rows (e.g. {@code matrix.sorted(Order.SPREAD)}). */
    public static void write(CoverageMatrix matrix, List<CoverageMatrix.Row> rows, Appendable out) {
        List<String> header = new ArrayList<>(List.of("concept", "places", "roadmaps"));
        header.addAll(matrix.roadmaps());
        Csv.record(out, header);
        List<String> fields = new ArrayList<>(header.size());
        for (CoverageMatrix.Row row : rows) {
            fields.clear();
            fields.add(row.label());
            fields.add(Integer.toString(row.places()));
            fields.add(Integer.toString(row.spread()));
            for (int n : row.counts()) {
                fields.add(Integer.toString(n));
            }
            Csv.record(out, fields);
        }
    }

    /** The whole matrix as one CSV text, widest spread first. */
    public static String of(CoverageMatrix matrix) {
        StringBuilder sb = new StringBuilder();
        write(matrix, matrix.sorted(CoverageMatrix.Order.SPREAD), sb);
        return sb.toString();
    }
}
