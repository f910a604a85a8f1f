package dev.crossmap.model;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.matching.Matcher;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every topic and part on the map finds its concept (the badge, the concepts pane, the links drawn): on real
 * atlases, {@link Atlas#conceptOf} agrees with its definition read straight from the concepts — the first concept,
 * largest first, that holds the vertex as a member, as a member's topic, or at an end of one of its links.
 */
class ConceptOfTest {
    @Test
    void everyVertexOfRealAtlasesFindsTheConceptItsDefinitionGives() throws Exception {
        List<Roadmap> bundled = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
        List<Roadmap> corpus = new ArrayList<>();
        for (String f : List.of("backend-awesome-python.md", "devops-og-aws.md", "sysdesign-binhnguyennus.md",
                "backend-yasenstar.mm", "ml-yasenstar.mm")) {
            corpus.add(new Importer().importFile(
                    Path.of(System.getProperty("crossmap.shared.dir", "../shared"), "corpus", f)).roadmap());
        }
        for (List<Roadmap> roadmaps : List.of(bundled, corpus)) {
            Atlas atlas = new Matcher().match(roadmaps);
            List<Concept> concepts = atlas.concepts();
            assertTrue(concepts.size() > 20, "an atlas with overlaps: " + concepts.size());
            int found = 0;
            for (TopicId v : atlas.graph().vertexSet()) {
                Optional<Concept> expected = concepts.stream().filter(c -> holds(c, v)).findFirst();
                Optional<Concept> actual = atlas.conceptOf(v);
                assertSame(expected.orElse(null), actual.orElse(null),
                        () -> v + ": expected " + expected.map(Concept::label) + ", found " + actual.map(Concept::label));
                found += expected.isPresent() ? 1 : 0;
            }
            assertTrue(found > 2 * concepts.size(), "most vertices in concepts found one: " + found);
        }
    }

    private static boolean holds(Concept c, TopicId v) {
        return c.members().stream().anyMatch(o -> o.vertex().equals(v) || o.topic().id().equals(v))
                || c.links().stream().anyMatch(l -> l.source().equals(v) || l.target().equals(v));
    }
}
