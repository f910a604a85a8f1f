package dev.crossmap.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.TopicId;
import dev.crossmap.document.Workspace;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merged map is a view: it shows what was written on every occurrence (writing through is app.TopicActionsTest). */
class MergedNotesAndProgressTest {
    private Workspace ws;
    private MergedCurriculum merged;
    private CurriculumItem idem;

    @BeforeEach
    void openTheBundledRoadmaps() throws Exception {
        List<Roadmap> maps = Atlases.bundledRoadmaps();
        ws = new Workspace(maps);
        Atlas atlas = Atlases.bundled();
        merged = MergedCurriculum.of(atlas);
        idem = merged.itemOf(Atlases.concept(atlas, "idempotency").members().get(0).vertex()).orElseThrow();
    }

    @Test
    void notesProgressAndTagsOfAllOccurrencesComeTogether() {
        TopicId studyPath = idem.topics().get(0);
        TopicId mastery = idem.topics().get(4);
        ws.setAnnotation(studyPath, new Annotation("keys make retries safe", Progress.LEARNING, new TreeSet<>(Set.of("http"))));
        ws.setAnnotation(mastery, new Annotation("see Stripe's API", Progress.DONE, new TreeSet<>(Set.of("api"))));
        Gathered g = merged.gather(idem, ws::annotation);
        assertEquals(Progress.DONE, g.progress(), "done in one roadmap is done");
        assertEquals(List.of(new Gathered.Note(studyPath, "senior-backend-study-path.md", "keys make retries safe"),
                new Gathered.Note(mastery, "backend-engineering-mastery.md", "see Stripe's API")), g.notes());
        assertEquals(Set.of("api", "http"), g.tags());
        assertEquals(Progress.NOT_STARTED, merged.gather(merged.roots().get(0), ws::annotation).progress());
    }
}
