package dev.crossmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.Workspace;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search over labels, notes and tags: matches in map order, stepped through with a "3 of 17" count. */
class MapSearchTest {
    private Roadmap backend;
    private Roadmap python;
    private Workspace ws;

    private static Roadmap read(String name, String markdown) throws Exception {
        return new Importer().importBytes(name, markdown.getBytes(StandardCharsets.UTF_8)).roadmap();
    }

    private TopicId id(Roadmap r, String label) {
        return r.topics().stream().filter(t -> t.label().equals(label)).map(Topic::id).findFirst().orElseThrow();
    }

    @BeforeEach
    void twoRoadmaps() throws Exception {
        backend = read("backend.md", "# Backend\n## Caching\n- Redis\n- HTTP caching\n## Queues\n- Kafka\n");
        python = read("python.md", "# Python\n- Cache decorators\n- Testing\n");
        ws = new Workspace(List.of(backend, python));
    }

    @Test
    void labelsMatchIgnoringCaseInMapOrderWithWhereTheTextIs() {
        MapSearch s = MapSearch.in("CACH", List.of(backend, python), ws);
        assertEquals(List.of(id(backend, "Caching"), id(backend, "HTTP caching"), id(python, "Cache decorators")),
                s.matches().stream().map(MapSearch.Match::topic).toList());
        assertEquals(List.of(new MapSearch.Range(5, 9)), s.matches().get(1).inLabel(), "\"cach\" in \"HTTP caching\"");
        assertEquals("3 matches", s.countText());
    }

    @Test
    void notesAndTagsMatchTooAndHiddenRoadmapsDoNot() {
        ws.setAnnotation(id(backend, "Kafka"), new Annotation("partitions keep order", Progress.NOT_STARTED, new TreeSet<>()));
        ws.setAnnotation(id(python, "Testing"), new Annotation("", Progress.NOT_STARTED, new TreeSet<>(Set.of("pytest"))));
        MapSearch byNote = MapSearch.in("partition", List.of(backend, python), ws);
        assertEquals(List.of(id(backend, "Kafka")), byNote.matches().stream().map(MapSearch.Match::topic).toList());
        assertTrue(byNote.matches().get(0).inLabel().isEmpty(), "found by its note, not its label");
        assertEquals(Set.of(id(python, "Testing")), MapSearch.in(" PYTEST ", List.of(backend, python), ws).topics());
        assertEquals("no match", MapSearch.in("pytest", List.of(backend), ws).countText(), "python.md is filtered out");
    }

    @Test
    void steppingWrapsRoundBothWaysAndCounts() {
        MapSearch s = MapSearch.in("cach", List.of(backend, python), ws);
        assertEquals(Optional.of(id(backend, "Caching")), s.next());
        assertEquals("1 of 3", s.countText());
        s.next();
        assertEquals(Optional.of(id(python, "Cache decorators")), s.next());
        assertEquals("3 of 3", s.countText());
        assertEquals(Optional.of(id(backend, "Caching")), s.next(), "after the last comes the first");
        assertEquals(Optional.of(id(python, "Cache decorators")), s.previous(), "and before the first the last");
        assertEquals(3, s.position());
    }

    @Test
    void previousFirstGoesToTheLastMatch() {
        MapSearch s = MapSearch.in("cach", List.of(backend, python), ws);
        assertEquals(Optional.of(id(python, "Cache decorators")), s.previous());
        assertEquals("3 of 3", s.countText());
    }

    @Test
    void anEmptyFieldIsNoSearchAndNothingMatchesNothing() {
        MapSearch none = MapSearch.in("  ", List.of(backend, python), ws);
        assertEquals("", none.countText());
        assertEquals(Optional.empty(), none.next());
        MapSearch nothing = MapSearch.in("graphql", List.of(backend, python), ws);
        assertEquals("no match", nothing.countText());
        assertEquals(Optional.empty(), nothing.next());
        assertEquals("1 match", MapSearch.in("kafka", List.of(backend, python), ws).countText());
    }

    @Test
    void theMergedMapIsSearchedByWhatItsTopicsHold() throws Exception {
        MergedMap merged = MergedMap.of(new Matcher().match(List.of(backend, python)));
        ws.setAnnotation(id(python, "Testing"), new Annotation("fixtures first", Progress.NOT_STARTED, new TreeSet<>()));
        MapSearch s = MapSearch.in("fixtures", merged, ws);
        assertEquals(1, s.size());
        TopicId drawn = s.matches().get(0).topic();
        assertEquals(List.of(id(python, "Testing")), merged.item(drawn).orElseThrow().topics());
    }

    @Test
    void rangesFindEveryPlaceInALabel() {
        assertEquals(List.of(new MapSearch.Range(0, 2), new MapSearch.Range(4, 6)), MapSearch.ranges("abxxab", "ab"));
    }

    @Test
    void matchesInRoadmapsTheFilterHidesAreCountedButNotSteppedTo() {
        MapSearch s = MapSearch.in("cach", List.of(backend), List.of(backend, python), ws);
        assertEquals(2, s.size(), "only the shown roadmap is searched");
        assertEquals("2 matches \u00b7 1 hidden", s.countText());
        s.next();
        s.next();
        assertEquals(Optional.of(id(backend, "Caching")), s.next(), "stepping stays in the shown roadmap");
        assertEquals("1 of 2 \u00b7 1 hidden", s.countText());
        assertEquals("no match \u00b7 1 hidden",
                MapSearch.in("decorator", List.of(backend), List.of(backend, python), ws).countText());
        assertEquals("1 match", MapSearch.in("kafka", List.of(backend), List.of(backend, python), ws).countText());
    }

    @Test
    void theCurrentMatchIsKeptWhenTheSameSearchRunsAgain() {
        MapSearch s = MapSearch.in("cach", List.of(backend, python), ws);
        assertEquals(Optional.empty(), s.current());
        s.next();
        s.next();
        assertEquals(id(backend, "HTTP caching"), s.current().orElseThrow().topic());
        MapSearch again = MapSearch.in("cach", List.of(backend, python), ws);
        assertTrue(again.stepTo(id(backend, "HTTP caching")));
        assertEquals("2 of 3", again.countText());
        assertEquals(Optional.of(id(python, "Cache decorators")), again.next());
        assertFalse(again.stepTo(id(backend, "Kafka")), "not a match");
    }

    @Test
    void rangesAreTheLabelsOwnCharactersAcrossCaseAndAccentsAndLandOnItsWrappedLines() throws Exception {
        String label = "Café au lait and CAFÉ CRÈME in a café-bar near the Cafe";
        Roadmap cafe = read("cafe.md", "# Drinks\n- " + label + "\n");
        MapSearch s = MapSearch.in("café", List.of(cafe), new Workspace(List.of(cafe)));
        List<MapSearch.Range> ranges = s.matches().get(0).inLabel();
        assertEquals(List.of("Café", "CAFÉ", "café"), ranges.stream().map(r -> label.substring(r.start(), r.end())).toList(),
                "case is folded, accents are not: \"Cafe\" is another word");
        int[] flat = ranges.stream().flatMapToInt(r -> java.util.stream.IntStream.of(r.start(), r.end())).toArray();
        String[] lines = dev.crossmap.paint.LabelMeasure.wrap(label, 20, (t, from, to) -> to - from).lines();
        assertTrue(lines.length > 2, "the label wraps");
        List<String> marked = dev.crossmap.paint.LineRanges.of(label, lines, flat).stream()
                .map(r -> lines[r.line()].substring(r.start(), r.end())).toList();
        assertEquals(List.of("Café", "CAFÉ", "café"), marked);
    }
}
