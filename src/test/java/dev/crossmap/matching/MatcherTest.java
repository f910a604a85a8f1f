package dev.crossmap.matching;

import static dev.crossmap.matching.BundledAtlas.COURSE;
import static dev.crossmap.matching.BundledAtlas.MIDDLE;
import static dev.crossmap.matching.BundledAtlas.SENIOR;
import static dev.crossmap.matching.BundledAtlas.TREE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.Occurrence;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatcherTest {
    private static final Matcher matcher = new Matcher();
    private static Atlas atlas;

    @BeforeAll
    static void match() throws Exception {
        atlas = matcher.match(BundledAtlas.roadmaps());
    }

    @Test
    void labelsAreReadWithoutMarkupCaseNoiseOrWordForms() {
        assertEquals(matcher.keyOf("idempotency"), matcher.keyOf("**Idempotency**"));
        assertEquals(matcher.keyOf("CAP theorem"), matcher.keyOf("CAP theorem basics"));
        assertEquals(matcher.keyOf("Kubernetes"), matcher.keyOf("Kubernetes (basics)"));
        assertEquals(matcher.keyOf("circuit breakers"), matcher.keyOf("Circuit breaker concept"));
        assertEquals(matcher.keyOf("PostgreSQL"), matcher.keyOf("PostgreSQL Deep Dive (10 h)"));
    }

    @Test
    void synonymsAndAbbreviationsComeFromTheVocabularyFile() {
        assertEquals(matcher.keyOf("JSON Web Token"), matcher.keyOf("JWT"));
        assertEquals(matcher.keyOf("Kubernetes"), matcher.keyOf("K8s"));
        assertEquals(matcher.keyOf("PostgreSQL"), matcher.keyOf("Postgres"));
        assertEquals(matcher.keyOf("N+1 problem"), matcher.keyOf("N+1 query problem"));
        assertEquals(matcher.keyOf("retries"), matcher.keyOf("Retry strategies"));
    }

    @Test
    void aComparisonIsTheSameWhicheverSideComesFirst() {
        assertEquals(matcher.keyOf("Iterators vs iterables"), matcher.keyOf("iterables vs iterators"));
        assertEquals(matcher.keyOf("Horizontal vs vertical scaling"), matcher.keyOf("Vertical vs horizontal scaling"));
        assertNotEquals(matcher.keyOf("Iterators"), matcher.keyOf("Iterators vs iterables"));
    }

    @Test
    void structuralAndGenericLabelsAreNeverConcepts() {
        for (String label : List.of("**Key Topics:**", "**Learn:**", "**Project:**", "*   **Goal:**", "Practice",
                "**Master:**", "Patterns", "etc.")) {
            assertEquals("", matcher.keyOf(label), label);
        }
    }

    @Test
    void aCompoundTopicOccursInTheConceptOfEachPart() {
        List<Set<String>> concepts = BundledAtlas.conceptsAt(atlas, MIDDLE, 29); // Transactions & Isolation Levels (…)
        assertTrue(concepts.stream().anyMatch(c -> c.contains(SENIOR + ":115")), "transactions: " + concepts);
        assertTrue(concepts.stream().anyMatch(c -> c.contains(TREE + ":405")), "isolation levels: " + concepts);
    }

    @Test
    void theAncestorsSeparateHomonyms() {
        Set<String> testFixtures = BundledAtlas.conceptAt(atlas, COURSE, 97).map(BundledAtlas::lines).orElse(Set.of());
        assertFalse(testFixtures.contains(COURSE + ":69"), "Django data fixtures are not pytest fixtures");
        Set<String> migrationRollback = BundledAtlas.lines(BundledAtlas.conceptAt(atlas, TREE, 356).orElseThrow());
        assertTrue(migrationRollback.contains(TREE + ":432"), migrationRollback.toString());
        assertFalse(migrationRollback.contains(TREE + ":713"), "a deployment rollback is another concept");
    }

    @Test
    void everyLinkExplainsItselfInOneLine() {
        Concept idempotency = BundledAtlas.conceptAt(atlas, SENIOR, 100).orElseThrow();
        assertEquals("idempotency", idempotency.label());
        assertTrue(idempotency.links().stream().allMatch(l -> l.reason().equals("same stem 'idempot'")),
                idempotency.links().toString());
        assertTrue(atlas.links().stream().allMatch(l -> !l.reason().isBlank() && !l.reason().contains("\n")));
        assertTrue(atlas.related(idempotency).stream().anyMatch(l -> l.reason().contains("idempotency keys")));
    }

    @Test
    void conceptsAreTheConnectedComponentsOfTheSameAsView() {
        int multi = 0;
        for (Set<dev.crossmap.model.TopicId> set : new ConnectivityInspector<>(atlas.sameAsView()).connectedSets()) {
            if (set.size() > 1) {
                multi++;
            }
        }
        assertTrue(atlas.sameAsView().edgeSet().stream().allMatch(l -> l.kind() == LinkKind.SAME_AS));
        assertTrue(atlas.concepts().size() <= multi && atlas.concepts().size() > 40, atlas.concepts().size() + " of " + multi);
        assertThrowsOnChange();
    }

    private static void assertThrowsOnChange() {
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> atlas.graph().removeVertex(atlas.graph().vertexSet().iterator().next()));
    }

    @Test
    void anOccurrencePathLeavesOutTheDocumentTitle() {
        Occurrence o = BundledAtlas.occurrence(BundledAtlas.conceptAt(atlas, SENIOR, 100).orElseThrow(), SENIOR, 100);
        assertEquals(List.of("Phase 4: Concurrency and Async", "Safety and correctness"), o.path());
        assertEquals("Idempotency", o.label());
        assertTrue(BundledAtlas.conceptsAt(atlas, MIDDLE, 14).isEmpty(), "Key Topics: is structure");
    }
}
