package dev.crossmap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.document.Workspace;
import dev.crossmap.matching.MatchSettings;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Decision;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Suggestion;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last match saved with a workspace: reused on re-opening only while nothing matching reads has changed. */
class MatchCacheTest {
    private final Importer importer = new Importer();
    private final Matcher matcher = new Matcher();

    private Workspace bundled() throws Exception {
        return new Workspace(importer.importBundled().stream().map(ImportResult::roadmap).toList());
    }

    private Path saveMatched(Workspace ws, Path dir) throws Exception {
        Atlas atlas = matcher.match(ws.roadmaps(), ws.decisions());
        Path file = dir.resolve("matched" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(file, ws, atlas, matcher.fingerprint());
        return file;
    }

    /** What a user sees of a match: concepts with their places, links with reasons and scores, suggestions. */
    private static List<String> seen(Atlas a) {
        List<String> out = new ArrayList<>();
        for (Concept c : a.concepts()) {
            out.add(c.label() + " " + c.members().stream().map(o -> o.vertex().value()).toList());
        }
        a.links().forEach(l -> out.add(l.toString()));
        a.facets().forEach(f -> out.add(f.toString()));
        for (Suggestion s : a.suggestions()) {
            out.add(s.toString());
        }
        for (Roadmap r : a.roadmaps()) {
            for (Topic t : r.topics()) {
                if (a.onlyOrganises(t.id())) {
                    out.add("organises " + t.id());
                }
            }
        }
        return out;
    }

    @Test
    void reopeningAnUnchangedWorkspaceGivesTheSavedMatchWithEveryReasonAndSuggestion(@TempDir Path dir) throws Exception {
        Workspace ws = bundled();
        Atlas matched = matcher.match(ws.roadmaps(), ws.decisions());
        Path file = saveMatched(ws, dir);

        WorkspaceFile.Loaded loaded = WorkspaceFile.load(file, importer);
        Workspace again = loaded.workspace();
        Atlas cached = loaded.match().orElseThrow().atlasFor(again.roadmaps(), again.decisions(), matcher.fingerprint())
                .orElseThrow(() -> new AssertionError("the saved match is not reused"));
        assertFalse(matched.concepts().isEmpty());
        assertFalse(matched.suggestions().isEmpty());
        assertEquals(seen(matched), seen(cached));
    }

    @Test
    void aChangedRoadmapADecisionOrAnotherMatcherMatchesAgain(@TempDir Path dir) throws Exception {
        Workspace ws = bundled();
        Path file = saveMatched(ws, dir);
        WorkspaceFile.Loaded loaded = WorkspaceFile.load(file, importer);
        MatchCache.Stored saved = loaded.match().orElseThrow();
        Workspace again = loaded.workspace();

        Roadmap first = again.roadmaps().get(0);
        Roadmap edited = importer.importBytes(first.name(), (first.sourceText() + "\n- Service mesh\n")
                .getBytes(StandardCharsets.UTF_8)).roadmap();
        List<Roadmap> changed = new ArrayList<>(again.roadmaps());
        changed.set(0, edited);
        assertTrue(saved.atlasFor(changed, again.decisions(), matcher.fingerprint()).isEmpty(), "a roadmap changed");

        Suggestion s = matcher.match(again.roadmaps(), again.decisions()).suggestions().get(0);
        List<Decision> confirmed = List.of(new Decision(Decision.Action.CONFIRM, s.a(), s.b(), LinkKind.SAME_AS));
        assertTrue(saved.atlasFor(again.roadmaps(), confirmed, matcher.fingerprint()).isEmpty(), "a decision was made");

        Matcher other = new Matcher(MatchSettings.DEFAULT.withUserVocabulary("[synonyms]\ncaching = memoization\n"));
        assertTrue(saved.atlasFor(again.roadmaps(), again.decisions(), other.fingerprint()).isEmpty(),
                "the user's vocabulary changed");
    }

    @Test
    void aWorkspaceSavedWithoutAMatchOrWithADamagedOneStillOpens(@TempDir Path dir) throws Exception {
        Workspace ws = bundled();
        Path plain = dir.resolve("plain" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(plain, ws);
        WorkspaceFile.Loaded old = WorkspaceFile.load(plain, importer);
        assertTrue(old.match().isEmpty());
        assertEquals(ws.topicCount(), old.workspace().topicCount());

        Path file = saveMatched(ws, dir);
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(file.toFile());
        ((ObjectNode) doc.get("match")).put("links", "zzzz,0,4,0,1;");
        Files.write(file, json.writeValueAsBytes(doc));
        WorkspaceFile.Loaded damaged = WorkspaceFile.load(file, importer);
        assertTrue(damaged.match().orElseThrow()
                .atlasFor(damaged.workspace().roadmaps(), damaged.workspace().decisions(), matcher.fingerprint()).isEmpty(),
                "a damaged match is matched again, not shown");
    }
}
