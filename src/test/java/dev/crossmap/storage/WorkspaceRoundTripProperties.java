package dev.crossmap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.document.ViewState;
import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Decision;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any workspace a user can make comes back from save and load exactly as it was. */
class WorkspaceRoundTripProperties {
    private static final String[] WORDS = {"Idempotency", "Caching", "APIs", "Indexes", "Retries", "café", "N+1 queries",
        "\"quoted\"", "back\\slash", "emoji \uD83E\uDDE0", "tab\there", "<html>", "a/b~c"};

    @Property(tries = 60)
    void saveThenLoadGivesBackTheSameWorkspace(@ForAll @IntRange(min = 1, max = 4) int roadmaps,
                                               @ForAll @IntRange(min = 1, max = 60) int topicsEach,
                                               @ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        Importer importer = new Importer();
        Workspace ws = new Workspace();
        for (int r = 0; r < roadmaps; r++) {
            StringBuilder md = new StringBuilder("# Roadmap " + r + "\n");
            int depth = 0;
            for (int t = 0; t < topicsEach; t++) {
                depth = Math.max(0, Math.min(depth + rnd.nextInt(3) - 1, 5));
                md.append("  ".repeat(depth)).append("- ").append(WORDS[rnd.nextInt(WORDS.length)]).append(' ').append(t).append('\n');
            }
            ws.addRoadmap(importer.importBytes("map" + r + ".md", md.toString().getBytes(StandardCharsets.UTF_8)).roadmap());
        }
        List<TopicId> ids = new ArrayList<>();
        ws.roadmaps().forEach(m -> m.topics().forEach(t -> ids.add(t.id())));
        Map<TopicId, Annotation> notes = new HashMap<>();
        Set<TopicId> folded = new HashSet<>();
        List<Decision> decisions = new ArrayList<>();
        for (TopicId id : ids) {
            if (rnd.nextInt(3) == 0) {
                notes.put(id, new Annotation(rnd.nextBoolean() ? "" : WORDS[rnd.nextInt(WORDS.length)] + "\n\n- x",
                        Progress.values()[rnd.nextInt(4)], new TreeSet<>(rnd.nextBoolean() ? Set.of() : Set.of(WORDS[rnd.nextInt(3)]))));
            }
            if (rnd.nextInt(5) == 0) {
                folded.add(id);
            }
        }
        for (int i = 0; i < 3 && ids.size() > 1; i++) {
            TopicId a = ids.get(rnd.nextInt(ids.size()));
            TopicId b = ids.get(rnd.nextInt(ids.size()));
            if (!a.equals(b)) {
                decisions.add(new Decision(Decision.Action.values()[rnd.nextInt(3)], a, b,
                        rnd.nextBoolean() ? LinkKind.SAME_AS : LinkKind.RELATED));
            }
        }
        ws.setAnnotations(notes);
        ws.setFolded(folded, true);
        ws.setDecisions(decisions);
        ws.setView(new ViewState(0.1 + rnd.nextDouble() * 4, rnd.nextGaussian() * 1000, rnd.nextGaussian() * 1000,
                Optional.of(ids.get(rnd.nextInt(ids.size()))), Set.of("map0.md"), rnd.nextBoolean() ? "roadmaps" : "merged"));
        ws.setShareConceptProgress(rnd.nextBoolean());

        byte[] bytes = WorkspaceFile.encode(ws.snapshot());
        Workspace back = WorkspaceFile.decode("random.crossmap.json", bytes, importer).workspace();

        assertEquals(ws.roadmaps().stream().map(m -> m.topics()).toList(), back.roadmaps().stream().map(m -> m.topics()).toList());
        Map<TopicId, Annotation> kept = new HashMap<>(ws.annotations());
        assertEquals(kept, back.annotations());
        assertEquals(ws.folded(), back.folded());
        assertEquals(ws.decisions(), back.decisions());
        assertEquals(ws.view(), back.view());
        assertEquals(ws.shareConceptProgress(), back.shareConceptProgress());
        assertEquals(List.of(), back.unattached());
        byte[] again = WorkspaceFile.encode(back.snapshot());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(again, StandardCharsets.UTF_8),
                "saving what was loaded writes the same file");
        for (Topic t : back.roadmaps().get(0).topics()) {
            assertEquals(ws.annotation(t.id()), back.annotation(t.id()));
        }
    }
}
