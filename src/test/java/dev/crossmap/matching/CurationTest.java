package dev.crossmap.matching;

import static dev.crossmap.matching.BundledAtlas.SENIOR;
import static dev.crossmap.matching.BundledAtlas.TREE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.LinkOrigin;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CurationTest {
    private static List<Roadmap> roadmaps;
    private static Atlas atlas;
    private static Concept idempotency;

    @BeforeAll
    static void match() throws Exception {
        roadmaps = BundledAtlas.roadmaps();
        atlas = new Matcher().match(roadmaps);
        idempotency = BundledAtlas.conceptAt(atlas, SENIOR, 100).orElseThrow();
    }

    /** Re-matching with a fresh matcher, as after reloading the workspace. */
    private static Atlas rematch(Curation c) {
        return new Matcher().match(roadmaps, c.decisions());
    }

    @Test
    void aRejectedLinkIsNeverSuggestedAgainAndItsTopicsLeaveTheConcept() {
        Link link = idempotency.links().get(0);
        Atlas after = rematch(Curation.none().reject(link));
        assertTrue(after.links().stream().noneMatch(l -> l.kind() == LinkKind.SAME_AS && l.joins(link.source(), link.target())));
        assertFalse(after.conceptOf(link.source()).map(c -> c.equals(after.conceptOf(link.target()).orElse(null)))
                .orElse(false), "the two must not share a concept");
        Atlas again = rematch(new Curation(after.decisions()));
        assertEquals(after.links().size(), again.links().size(), "decisions survive a second re-match");
    }

    @Test
    void aConfirmedLinkStaysConfirmedAfterReMatching() {
        Link link = idempotency.links().get(0);
        Atlas after = rematch(Curation.none().confirm(link));
        assertTrue(after.links().stream().anyMatch(l -> l.joins(link.source(), link.target())
                && l.origin() == LinkOrigin.CONFIRMED && l.kind() == LinkKind.SAME_AS));
        assertEquals(5, BundledAtlas.conceptAt(after, SENIOR, 100).orElseThrow().size());
    }

    @Test
    void anAddedLinkJoinsIdempotencyKeysToIdempotency() {
        TopicId keys = roadmaps.get(1).topics().stream().filter(t -> t.line() == 253).findFirst().orElseThrow().id();
        TopicId first = BundledAtlas.occurrence(idempotency, SENIOR, 100).vertex();
        Atlas after = rematch(Curation.none().add(first, keys, LinkKind.SAME_AS));
        Concept c = BundledAtlas.conceptAt(after, SENIOR, 100).orElseThrow();
        assertTrue(BundledAtlas.lines(c).contains(TREE + ":253"), BundledAtlas.lines(c).toString());
        assertTrue(after.links().stream().anyMatch(l -> l.origin() == LinkOrigin.MANUAL && l.joins(first, keys)));
    }

    @Test
    void splittingAConceptKeepsItsHalvesApartOnEveryReMatch() {
        Set<TopicId> senior = Set.of(BundledAtlas.occurrence(idempotency, SENIOR, 100).vertex(),
                BundledAtlas.occurrence(idempotency, SENIOR, 111).vertex());
        Atlas after = rematch(Curation.none().split(idempotency, senior));
        assertEquals(Set.of(SENIOR + ":100", SENIOR + ":111"),
                BundledAtlas.lines(BundledAtlas.conceptAt(after, SENIOR, 100).orElseThrow()));
        assertEquals(3, BundledAtlas.conceptAt(after, TREE, 172).orElseThrow().size());
    }
}
