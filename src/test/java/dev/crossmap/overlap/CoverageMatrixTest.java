package dev.crossmap.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.overlap.CoverageMatrix.Order;
import dev.crossmap.overlap.CoverageMatrix.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coverage matrix of the five bundled roadmaps, and the concept list it backs. */
class CoverageMatrixTest {
    private static Atlas atlas;
    private static CoverageMatrix matrix;

    @BeforeAll
    static void matchTheBundledRoadmaps() throws Exception {
        atlas = Atlases.bundled();
        matrix = CoverageMatrix.of(atlas);
    }

    private static Row row(String label) {
        return matrix.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void columnsAreTheRoadmapsInLoadOrderAndRowsTheConcepts() {
        assertEquals(List.of("senior-backend-study-path.md", "python-backend-master-tree.md",
                "python-backend-developer-roadmap.md", "middle-python-developer-plan.md", "backend-engineering-mastery.md"),
                matrix.roadmaps());
        assertEquals(atlas.concepts().size(), matrix.rows().size());
        assertEquals(matrix.rows().get(3), matrix.row(atlas.concepts().get(3)).orElseThrow());
    }

    @Test
    void idempotencyIsTwiceInTheStudyPathTwiceInTheTreeAndOnceInMastery() {
        Row idem = row("idempotency");
        assertEquals(List.of(2, 2, 0, 0, 1), idem.counts());
        assertEquals(3, idem.spread());
        assertEquals(5, idem.places());
        List<Integer> lines = matrix.cell(idem, 0).stream().map(Occurrence::line).toList();
        assertEquals(List.of(100, 111), lines);
        assertEquals(List.of(172, 597), matrix.cell(idem, 1).stream().map(Occurrence::line).toList());
        assertTrue(matrix.cell(idem, 2).isEmpty());
    }

    @Test
    void everyCellCountsTheConceptsOccurrencesInThatRoadmap() {
        for (Row r : matrix.rows()) {
            int sum = 0;
            int spread = 0;
            for (int c = 0; c < r.counts().size(); c++) {
                assertEquals(r.counts().get(c), matrix.cell(r, c).size());
                sum += r.counts().get(c);
                spread += r.counts().get(c) > 0 ? 1 : 0;
            }
            assertEquals(r.places(), sum, r.label());
            assertEquals(spread, r.spread(), r.label());
        }
    }

    @Test
    void sortingBySpreadPutsWhatMostRoadmapsAgreeOnFirst() {
        List<Row> rows = matrix.sorted(Order.SPREAD);
        assertEquals(matrix.rows().size(), rows.size());
        for (int i = 1; i < rows.size(); i++) {
            Row a = rows.get(i - 1);
            Row b = rows.get(i);
            assertTrue(a.spread() > b.spread() || a.spread() == b.spread() && a.places() >= b.places(),
                    a.label() + " before " + b.label());
        }
        assertTrue(rows.get(0).spread() >= 4, "some concept is in four or five of the roadmaps");
        assertEquals(1, rows.get(rows.size() - 1).spread(), "repeats inside one roadmap come last");
    }

    @Test
    void sortingByPlacesAndByLabel() {
        List<Row> byPlaces = matrix.sorted(Order.PLACES);
        for (int i = 1; i < byPlaces.size(); i++) {
            assertTrue(byPlaces.get(i - 1).places() >= byPlaces.get(i).places());
        }
        List<Row> byLabel = matrix.sorted(Order.LABEL);
        for (int i = 1; i < byLabel.size(); i++) {
            assertTrue(byLabel.get(i - 1).label().compareTo(byLabel.get(i).label()) <= 0);
        }
        assertEquals(matrix.sorted(Order.LABEL), matrix.sorted(Order.LABEL), "the same order every time");
    }

    @Test
    void filteringFindsWordsStartingWithWhatWasTyped() {
        assertTrue(matrix.matching("IDEM").contains(row("idempotency")), "case does not matter");
        assertFalse(matrix.matching("dempot").contains(row("idempotency")), "the middle of a word is no match");
        for (Row r : matrix.matching("ret")) {
            StringBuilder text = new StringBuilder(r.label());
            r.concept().members().forEach(o -> text.append(' ').append(o.label()));
            assertTrue(text.toString().toLowerCase(Locale.ROOT).matches("(?s)(.*[^\\p{L}\\p{N}])?ret.*"), r.label());
        }
        assertTrue(matrix.matching("ret").contains(row("retries")));
        assertEquals(matrix.rows(), matrix.matching("  "));
        assertTrue(matrix.matching("zzzz-nothing").isEmpty());
    }

    @Test
    void theSummaryCountsConceptsByHowManyRoadmapsShareThem() {
        OverlapSummary s = matrix.summary();
        assertEquals(5, s.roadmaps());
        assertEquals(atlas.roadmaps().stream().mapToInt(Roadmap::size).sum(), s.topics());
        assertEquals(matrix.rows().size(), s.concepts());
        int total = 0;
        for (int k = 1; k <= 5; k++) {
            int expected = 0;
            for (Row r : matrix.rows()) {
                expected += r.spread() == k ? 1 : 0;
            }
            assertEquals(expected, s.sharedBy(k), "shared by " + k);
            total += s.sharedBy(k);
        }
        assertEquals(s.concepts(), total);
        assertTrue(s.describe().startsWith("5 roadmaps, " + String.format("%,d", s.topics()) + " topics, "),
                s.describe());
        assertTrue(s.describe().contains(s.sharedBy(5) + " in 5"), s.describe());
    }

    @Test
    void aSmallAtlasGivesExactlyTheCountsOfItsLinks() throws Exception {
        List<Roadmap> maps = new ArrayList<>();
        maps.add(Atlases.outline("a.md", "- Caching\n- Redis\n- Caching\n"));
        maps.add(Atlases.outline("b.md", "- Redis\n"));
        maps.add(Atlases.outline("c.md", "- Caching\n"));
        CoverageMatrix m = CoverageMatrix.of(Atlases.joined(maps, "caching", "redis"));
        Row caching = m.rows().get(0);
        assertEquals("caching", caching.label());
        assertEquals(List.of(2, 0, 1), caching.counts());
        assertEquals(List.of(1, 1, 0), m.rows().get(1).counts());
        assertEquals("3 roadmaps, 5 topics, 2 concepts: 2 in 2 roadmaps", m.summary().describe());
    }
}
