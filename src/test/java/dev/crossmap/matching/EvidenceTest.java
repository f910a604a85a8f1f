package dev.crossmap.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Suggestion;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every kind of evidence the matcher uses joins the places a learner would call one concept, and says why in
 * words that name the evidence; general and specific stay apart.
 */
class EvidenceTest {
    private static Roadmap outline(String name, String markdown) throws Exception {
        return new Importer().importBytes(name, markdown.getBytes(StandardCharsets.UTF_8)).roadmap();
    }

    private static Atlas match(String a, String b) throws Exception {
        return new Matcher().match(List.of(outline("a.md", a), outline("b.md", b)));
    }

    /** The concepts that hold the topic labelled {@code label} in {@code file} (one per part it names). */
    private static List<Concept> conceptsHolding(Atlas atlas, String file, String label) {
        Topic t = topic(atlas, file, label);
        return atlas.concepts().stream()
                .filter(c -> c.members().stream().anyMatch(o -> o.topic().id().equals(t.id()))).toList();
    }

    /** The places of the concepts that hold that topic, as "file:label". */
    private static Set<String> placesWith(Atlas atlas, String file, String label) {
        Set<String> out = new TreeSet<>();
        conceptsHolding(atlas, file, label).forEach(c -> c.members().forEach(o -> out.add(o.roadmap() + ":" + o.topic().label())));
        return out;
    }

    private static Topic topic(Atlas atlas, String file, String label) {
        for (Roadmap r : atlas.roadmaps()) {
            for (Topic t : r.topics()) {
                if (r.name().equals(file) && t.label().equals(label)) {
                    return t;
                }
            }
        }
        throw new AssertionError("no topic " + label + " in " + file);
    }

    /** The reasons of the SAME_AS links inside the concepts that hold that topic. */
    private static String reasons(Atlas atlas, String file, String label) {
        StringBuilder sb = new StringBuilder();
        conceptsHolding(atlas, file, label).forEach(c -> c.links().forEach(l -> sb.append(l.reason()).append(" | ")));
        return sb.toString();
    }

    @Test
    void aListInParenthesesNamesEachOfItsItemsTheAtlasAlsoNamesOnItsOwn() throws Exception {
        Atlas atlas = match("- Caching (Redis, CDN)\n- Databases\n", "- Redis\n- Content delivery\n  - CDN\n");
        assertEquals(Set.of("a.md:Caching (Redis, CDN)", "b.md:Redis"), placesWith(atlas, "b.md", "Redis"));
        assertEquals(Set.of("a.md:Caching (Redis, CDN)", "b.md:CDN"), placesWith(atlas, "b.md", "CDN"));
        assertTrue(reasons(atlas, "b.md", "Redis").contains("names 'Redis' (part of 'Caching (Redis, CDN)')"),
                reasons(atlas, "b.md", "Redis"));
    }

    @Test
    void aDescriptionInParenthesesNamesNothing() throws Exception {
        Atlas atlas = match("- Django (batteries-included framework)\n", "- Full-stack framework\n- Flask\n");
        assertTrue(atlas.concepts().isEmpty(), atlas.concepts().toString());
    }

    @Test
    void aComparisonTeachesBothSidesAndIsItsOwnConcept() throws Exception {
        Atlas atlas = match("- Threads vs processes\n- Monolith vs microservices\n",
                "- Threads\n- Processes\n- Microservices vs monolith\n");
        assertEquals(Set.of("a.md:Threads vs processes", "b.md:Threads"), placesWith(atlas, "b.md", "Threads"));
        assertEquals(Set.of("a.md:Threads vs processes", "b.md:Processes"), placesWith(atlas, "b.md", "Processes"));
        assertTrue(placesWith(atlas, "b.md", "Microservices vs monolith").contains("a.md:Monolith vs microservices"));
    }

    @Test
    void anAbbreviationMeetsTheNameItWasDefinedWithAndTheLinkSaysWhere() throws Exception {
        Atlas atlas = match("- DevOps\n  - Continuous Integration (CI)\n", "- Pipelines\n  - CI\n  - CD\n");
        assertEquals(Set.of("a.md:Continuous Integration (CI)", "b.md:CI"), placesWith(atlas, "b.md", "CI"));
        assertTrue(reasons(atlas, "b.md", "CI").contains("CI = Continuous Integration, defined at a.md:2"),
                reasons(atlas, "b.md", "CI"));
    }

    @Test
    void initialsMeetTheOnlyNameTheyCouldStandFor() throws Exception {
        Atlas atlas = match("- Machine Learning\n- Deep learning\n", "- ML\n- Statistics\n");
        assertEquals(Set.of("a.md:Machine Learning", "b.md:ML"), placesWith(atlas, "b.md", "ML"));
        assertTrue(reasons(atlas, "b.md", "ML").contains("initials: ML = Machine Learning"), reasons(atlas, "b.md", "ML"));
    }

    @Test
    void anObviousTypoIsForgivenAndNamed() throws Exception {
        Atlas atlas = match("- Authentification\n- Sessions\n", "- Authentication\n- Authorization\n");
        assertEquals(Set.of("a.md:Authentification", "b.md:Authentication"), placesWith(atlas, "b.md", "Authentication"));
        assertTrue(reasons(atlas, "b.md", "Authentication").contains("typo: authentification \u2248 authentication"));
        // Two real words a letter apart are not typos of each other.
        Atlas words = match("- Router\n", "- Routes\n");
        assertTrue(words.concepts().isEmpty());
    }

    @Test
    void headingsAndStepsCountForTheConceptTheyName() throws Exception {
        Atlas atlas = match("# Plan\n## Phase 3: Testing\n- pytest\n## Week 2 - Docker\n", "# Other\n## Testing\n- Docker\n");
        assertTrue(placesWith(atlas, "b.md", "Testing").contains("a.md:Phase 3: Testing"), placesWith(atlas, "b.md", "Testing").toString());
        assertTrue(placesWith(atlas, "b.md", "Docker").contains("a.md:Week 2 - Docker"));
    }

    @Test
    void aspectWordsDoNotChangeTheConcept() throws Exception {
        Atlas atlas = match("- Event loop internals\n- How garbage collection works\n- Dependency injection understanding\n",
                "- Event loop\n- Garbage collection\n- Dependency injection\n");
        assertTrue(placesWith(atlas, "b.md", "Event loop").contains("a.md:Event loop internals"));
        assertTrue(placesWith(atlas, "b.md", "Garbage collection").contains("a.md:How garbage collection works"));
        assertTrue(placesWith(atlas, "b.md", "Dependency injection").contains("a.md:Dependency injection understanding"));
    }

    @Test
    void generalAndSpecificAreRelatedNeverOneConcept() throws Exception {
        Atlas atlas = match("- Testing\n- API\n- Caching\n", "- Unit testing\n- API design\n- Cache-aside\n");
        assertTrue(atlas.concepts().isEmpty(), atlas.concepts().toString());
        Topic testing = topic(atlas, "a.md", "Testing");
        Topic unit = topic(atlas, "b.md", "Unit testing");
        assertTrue(atlas.links().stream().anyMatch(l -> l.kind() == LinkKind.RELATED && l.joins(testing.id(), unit.id())));
    }

    @Test
    void aLongerLineNamesTheConceptsTheAtlasNamesOnTheirOwn() throws Exception {
        Atlas atlas = match("- Dependency injection\n- Connection pooling\n",
                "- Using dependency injection to test request handlers\n- Sizing the connection pooling for many workers\n"
                        + "- Dependency graphs\n");
        assertTrue(placesWith(atlas, "a.md", "Dependency injection")
                .contains("b.md:Using dependency injection to test request handlers"));
        assertTrue(placesWith(atlas, "a.md", "Connection pooling")
                .contains("b.md:Sizing the connection pooling for many workers"));
        assertTrue(reasons(atlas, "a.md", "Dependency injection")
                        .contains("both name 'Dependency injection' (inside 'Using dependency injection to test request handlers')"),
                reasons(atlas, "a.md", "Dependency injection"));
        assertFalse(placesWith(atlas, "a.md", "Dependency injection").contains("b.md:Dependency graphs"));
    }

    @Test
    void aShortLabelIsReadWithItsParent() throws Exception {
        Atlas atlas = match("- Rendering\n  - Server side\n  - Client side\n", "- Server-side rendering\n- Server side events\n");
        assertTrue(placesWith(atlas, "b.md", "Server-side rendering").contains("a.md:Server side"),
                placesWith(atlas, "b.md", "Server-side rendering").toString());
        assertTrue(reasons(atlas, "b.md", "Server-side rendering")
                .contains("read with its parent: 'Server side' under 'Rendering'"), reasons(atlas, "b.md", "Server-side rendering"));
        assertFalse(placesWith(atlas, "b.md", "Server-side rendering").contains("a.md:Client side"),
                "client-side rendering is named nowhere else");
    }

    @Test
    void aTableOfContentsIsNavigationNotAnotherPlace() throws Exception {
        Atlas atlas = match("# Guide\n## Contents\n- [Git](#git)\n- [Docker](#docker)\n## Git\n- branching\n## Docker\n",
                "- Git\n- Docker\n");
        assertEquals(Set.of("a.md:Git", "b.md:Git"), placesWith(atlas, "b.md", "Git"), "the heading, not its ToC line");
        assertEquals(2, atlas.concepts().stream().filter(c -> c.label().equalsIgnoreCase("git")).findFirst().orElseThrow().size());
    }

    @Test
    void homonymsStayApartByTheirContext() throws Exception {
        Atlas atlas = match("- Testing\n  - Fixtures\n", "- Django data\n  - Fixtures\n- Testing tools\n  - Fixtures\n");
        Set<String> places = placesWith(atlas, "a.md", "Fixtures");
        assertEquals(2, places.size(), places.toString());
    }

    @Test
    void aPairJustBelowTheLineIsSuggestedAndTheUsersAnswerSticks() throws Exception {
        List<Roadmap> roadmaps = List.of(outline("a.md", "- Kafka consumer group partition rebalancing\n"),
                outline("b.md", "- Kafka consumer group partition offsets\n"));
        Atlas atlas = new Matcher().match(roadmaps);
        assertTrue(atlas.concepts().isEmpty());
        assertEquals(1, atlas.suggestions().size(), atlas.suggestions().toString());
        Suggestion s = atlas.suggestions().get(0);
        assertTrue(s.reason().startsWith("both say 'kafka consumer group partition'"), s.reason());

        Atlas confirmed = new Matcher().match(roadmaps, Curation.none().confirm(s).decisions());
        assertEquals(1, confirmed.concepts().size());
        assertTrue(confirmed.suggestions().isEmpty());

        Atlas rejected = new Matcher().match(roadmaps, Curation.none().reject(s).decisions());
        assertTrue(rejected.concepts().isEmpty());
        assertTrue(rejected.suggestions().isEmpty(), "a rejected pair is never suggested again");
    }

    @Test
    void theUsersOwnVocabularyJoinsWhatTheyTaughtIt() throws Exception {
        List<Roadmap> roadmaps = List.of(outline("a.md", "- Bucles\n"), outline("b.md", "- Loops\n"));
        assertTrue(new Matcher().match(roadmaps).concepts().isEmpty());
        UserVocabulary v = UserVocabulary.parse("vocabulary.txt", "[synonyms]\nloops = bucles\nno equals sign here\n[colours]\nred\n");
        assertEquals(List.of("vocabulary.txt:3: a synonym is written \"canonical = other | other\"; left out",
                "vocabulary.txt:4: unknown section [colours] (known: generic, homonyms, noise, stopwords, structural, "
                        + "synonyms, whole words); its lines are left out"),
                v.warnings().stream().map(Object::toString).toList());
        Atlas atlas = new Matcher(MatchSettings.DEFAULT.withUserVocabulary(v.text())).match(roadmaps);
        assertEquals(1, atlas.concepts().size());
    }
}
