package dev.crossmap.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The one overlap of the bundled roadmaps the README promises by line. Precision and recall against the labelled
 * roadmaps are in {@code dev.crossmap.cli.LabelledOverlapsTest} and docs/quality.md.
 */
class OverlapQualityTest {
    @Test
    void idempotencyIsExactlyTheFiveLinesTheReadmeNames() throws Exception {
        List<Roadmap> roadmaps = new ArrayList<>();
        for (ImportResult r : new Importer().importBundled()) {
            roadmaps.add(r.roadmap());
        }
        Atlas atlas = new Matcher().match(roadmaps);
        Concept idempotency = atlas.concepts().stream().filter(c -> c.label().equals("idempotency")).findFirst()
                .orElseThrow();
        Set<String> lines = new TreeSet<>();
        for (Occurrence o : idempotency.members()) {
            lines.add(o.roadmap() + ":" + o.line());
        }
        assertEquals(new TreeSet<>(Set.of("senior-backend-study-path.md:100", "senior-backend-study-path.md:111",
                "python-backend-master-tree.md:172", "python-backend-master-tree.md:597",
                "backend-engineering-mastery.md:33")), lines);
    }
}
