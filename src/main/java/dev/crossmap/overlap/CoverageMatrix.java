package dev.crossmap.overlap;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Concepts × roadmaps: for every concept written in two or more places, how many of its occurrences each
 * roadmap holds. A row's spread is the number of roadmaps that teach the concept at all, so sorting by
 * spread puts what every roadmap agrees on first and what only one teaches (repeats inside one roadmap) last.
 * Immutable; the same rows back the concepts panel, which sorts and filters them.
 */
public final class CoverageMatrix {
    /** How the concept list can be ordered; every order ends on the label so it is the same every time. */
    public enum Order {
        /** Most occurrences first, then widest spread, then label. */
        PLACES,
        /** Taught by the most roadmaps first, then most occurrences, then label. */
        SPREAD,
        /** Alphabetical by label. */
        LABEL
    }

    /**
     * One concept's row.
     *
     * @param concept the concept
     * @param counts  occurrences in each roadmap, in the matrix's column order
     * @param spread  how many roadmaps hold at least one occurrence
     */
    public record Row(Concept concept, List<Integer> counts, int spread) {
        public Row {
            counts = List.copyOf(counts);
        }

        public String label() {
            return concept.label();
        }

        /** How many places the concept is written in, across all roadmaps. */
        public int places() {
            return concept.size();
        }
    }

    private static final Comparator<Row> BY_LABEL = Comparator.comparing(Row::label).thenComparingInt(Row::places);
    private static final Comparator<Row> BY_PLACES = Comparator.comparingInt(Row::places).reversed()
            .thenComparing(Comparator.comparingInt(Row::spread).reversed()).thenComparing(BY_LABEL);
    private static final Comparator<Row> BY_SPREAD = Comparator.comparingInt(Row::spread).reversed()
            .thenComparing(Comparator.comparingInt(Row::places).reversed()).thenComparing(BY_LABEL);

    private final List<String> roadmaps;
    private final int topics;
    private final List<Row> rows;
    /** Rows by concept identity: a concept record compares by all its members, too slow for a lookup. */
    private final Map<Concept, Row> byConcept = new IdentityHashMap<>();
    /** Per row, lower-case label and occurrence labels, for filtering as the user types. */
    private final String[] searchText;

    private CoverageMatrix(List<String> roadmaps, int topics, List<Row> rows) {
        this.roadmaps = List.copyOf(roadmaps);
        this.topics = topics;
        this.rows = Collections.unmodifiableList(rows);
        this.searchText = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            byConcept.put(rows.get(i).concept(), rows.get(i));
            StringBuilder sb = new StringBuilder(rows.get(i).label());
            for (Occurrence o : rows.get(i).concept().members()) {
                sb.append('\n').append(o.label());
            }
            searchText[i] = sb.toString().toLowerCase(Locale.ROOT);
        }
    }

    /** The matrix of an atlas's concepts, rows in the atlas's order (largest concept first). */
    public static CoverageMatrix of(Atlas atlas) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> column = new HashMap<>();
        int topics = 0;
        for (Roadmap r : atlas.roadmaps()) {
            column.put(r.name(), names.size());
            names.add(r.name());
            topics += r.size();
        }
        List<Row> rows = new ArrayList<>(atlas.concepts().size());
        int[] counts = new int[names.size()];
        for (Concept c : atlas.concepts()) {
            Arrays.fill(counts, 0);
            for (Occurrence o : c.members()) {
                counts[column.get(o.roadmap())]++;
            }
            List<Integer> cells = new ArrayList<>(counts.length);
            int spread = 0;
            for (int n : counts) {
                cells.add(n);
                spread += n > 0 ? 1 : 0;
            }
            rows.add(new Row(c, cells, spread));
        }
        return new CoverageMatrix(names, topics, rows);
    }

    /** The column headings: roadmap file names, in the order they were loaded. */
    public List<String> roadmaps() {
        return roadmaps;
    }

    /** Every row, largest concept first. */
    public List<Row> rows() {
        return rows;
    }

    /** The rows in another order (a new list; the matrix is unchanged). */
    public List<Row> sorted(Order order) {
        List<Row> out = new ArrayList<>(rows);
        out.sort(comparator(order));
        return out;
    }

    /** The comparator behind {@link #sorted}, for tables that sort themselves. */
    public static Comparator<Row> comparator(Order order) {
        return switch (order) {
            case PLACES -> BY_PLACES;
            case SPREAD -> BY_SPREAD;
            case LABEL -> BY_LABEL;
        };
    }

    /**
     * The rows whose label, or the label of one of their occurrences, has a word starting with what the user
     * typed (ignoring case), in matrix order: "idem" finds idempotency, "keys" finds "idempotency keys".
     * Blank input keeps every row.
     */
    public List<Row> matching(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return rows;
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (hasWordStarting(searchText[i], t)) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    private static boolean hasWordStarting(String text, String prefix) {
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The occurrences behind one cell: the concept's topics in the roadmap of that column, in line order. */
    public List<Occurrence> cell(Row row, int column) {
        String name = roadmaps.get(column);
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : row.concept().members()) {
            if (o.roadmap().equals(name)) {
                out.add(o);
            }
        }
        return out;
    }

    /** The row of a concept of this matrix's atlas (the same object {@code Atlas.concepts()} gave), if any. */
    public Optional<Row> row(Concept concept) {
        return Optional.ofNullable(byConcept.get(concept));
    }

    /** The overlap figures: roadmaps, topics, concepts, and how many concepts exactly k roadmaps share. */
    public OverlapSummary summary() {
        SortedMap<Integer, Integer> bySpread = new TreeMap<>();
        for (Row r : rows) {
            bySpread.merge(r.spread(), 1, Integer::sum);
        }
        return new OverlapSummary(roadmaps.size(), topics, rows.size(), bySpread);
    }
}
