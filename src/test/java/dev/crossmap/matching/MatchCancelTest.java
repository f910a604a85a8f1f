package dev.crossmap.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** A match whose thread is interrupted (its result no longer wanted) stops, and leaves the matcher as it was. */
class MatchCancelTest {
    @Test
    void anInterruptedMatchStopsAndTheNextMatchFindsTheSameOverlaps() throws Exception {
        List<Roadmap> roadmaps = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
        Matcher matcher = new Matcher();
        Atlas before = new Matcher().match(roadmaps);

        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> matcher.match(roadmaps));
        } finally {
            Thread.interrupted();
        }

        Atlas after = matcher.match(roadmaps);
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(before.concepts().size(), after.concepts().size());
        assertEquals(before.concepts().stream().map(c -> c.label() + c.members()).toList(),
                after.concepts().stream().map(c -> c.label() + c.members()).toList());
    }
}
