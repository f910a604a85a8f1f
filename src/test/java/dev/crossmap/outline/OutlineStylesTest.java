package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Outline styles the shared corpus lacks (its README lists them), in fixtures written for this test under
 * {@code src/test/resources/dev/crossmap/outline/styles/}: a plain-text {@code 1)} / {@code a)} / {@code iv)}
 * outline indented with tabs and spaces, checklists in every spelling, flattened checklists, glued first items,
 * and names followed by explanations, links, tags and timestamps.
 */
class OutlineStylesTest {
    private static ImportResult read(String fixture) throws Exception {
        try (InputStream in = OutlineStylesTest.class.getResourceAsStream("styles/" + fixture)) {
            if (in == null) {
                throw new IOException("no fixture " + fixture);
            }
            return new Importer().importBytes(fixture, in.readAllBytes());
        }
    }

    private static Topic topic(Roadmap map, String label) {
        return map.topics().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic '" + label + "' in "
                        + map.topics().stream().map(Topic::label).collect(Collectors.toList())));
    }

    private static String parent(Roadmap map, String label) {
        return topic(map, label).parentId().flatMap(map::topic).map(Topic::label).orElse("");
    }

    private static List<String> children(Roadmap map, String label) {
        Topic p = topic(map, label);
        return map.topics().stream().filter(t -> p.id().equals(t.parent())).map(Topic::label).collect(Collectors.toList());
    }

    private static List<String> messages(ImportResult r) {
        return r.warnings().stream().map(ImportWarning::toString).collect(Collectors.toList());
    }

    @Test
    void aPlainTextOutlineNumberedOneParenKeepsItsLetteredItemsAsChildren() throws Exception {
        Roadmap map = read("interview-outline.txt").roadmap();
        assertEquals(List.of("Big-O notation", "Hash tables", "Trees and graphs"), children(map, "Fundamentals"));
        assertEquals(List.of("Indexes", "Transactions", "Replication"), children(map, "Databases"));
        assertEquals(List.of("Conflict stories", "Failure stories"), children(map, "Behavioural"), "A. B. under 4)");
        assertEquals("", parent(map, "Databases"), "2) is a sibling of 1), not a child of c)");
        assertEquals(23, map.size());
    }

    @Test
    void romanNumeralsAndTabsMixedWithSpacesNestByStyle() throws Exception {
        ImportResult r = read("interview-outline.txt");
        Roadmap map = r.roadmap();
        assertEquals(List.of("Cache-aside", "Write-through", "Write-behind", "Refresh-ahead"), children(map, "Caching"));
        // "\tb)" and "  \tc)" are read with the tab width that puts them beside "\ta)", not under "iv)"
        assertEquals(List.of("Caching", "Queues", "Rate limiting"), children(map, "System design"));
        assertTrue(messages(r).contains("interview-outline.txt:17: guessed nesting: tabs read as 4 columns wide"),
                messages(r).toString());
    }

    @Test
    void stagesKeepTheirNamesAndShortNamesAfterAColonStayInTheLabel() throws Exception {
        Roadmap text = read("interview-outline.txt").roadmap();
        assertEquals("Step 3: Testing", topic(text, "Step 3: Testing").label());
        assertEquals("", topic(text, "Phase 2 \u2014 Databases").note());
        Roadmap md = read("explanations.md").roadmap();
        assertEquals("", topic(md, "CI/CD: GitHub Actions").note());
        assertEquals("Phase 1: Foundations", parent(md, "Step 3: Testing"));
    }

    @Test
    void everyCheckboxSpellingIsProgressAndNeverPartOfTheLabel() throws Exception {
        ImportResult r = read("checklist-spellings.md");
        Roadmap map = r.roadmap();
        List<String> spellings = children(map, "Spellings");
        assertEquals(List.of("Docker", "Git", "Linux", "Terraform", "Ansible", "Helm", "Prometheus", "Grafana", "Loki",
                "Pagination"), spellings);
        List<Optional<Progress>> states = spellings.stream().map(l -> topic(map, l).checked()).collect(Collectors.toList());
        Optional<Progress> open = Optional.of(Progress.NOT_STARTED);
        Optional<Progress> done = Optional.of(Progress.DONE);
        assertEquals(List.of(open, done, open, open, done, done, open, done, done, open), states);
        assertEquals("return big lists in pages", topic(map, "Pagination").note());
        assertTrue(messages(r).contains("checklist-spellings.md:4: 16 checkboxes read as progress (first at line 4)"),
                messages(r).toString());
    }

    @Test
    void aFlattenedChecklistNestsThePlainItemsUnderTheBoldOneAbove() throws Exception {
        Roadmap map = read("checklist-spellings.md").roadmap();
        assertEquals(List.of("Containers", "Orchestration"), children(map, "Flattened"));
        assertEquals(List.of("Install Docker", "Write a Dockerfile"), children(map, "Containers"));
        assertEquals(List.of("Kubernetes basics", "Helm charts"), children(map, "Orchestration"));
        assertEquals(Optional.of(Progress.DONE), topic(map, "Write a Dockerfile").checked());
    }

    @Test
    void anItemGluedAfterALabelIsItsFirstChild() throws Exception {
        Roadmap map = read("checklist-spellings.md").roadmap();
        assertEquals(List.of("Install Docker and run hello-world", "Configure a registry"), children(map, "Tasks"));
        assertEquals(List.of("Set up the lab machine"), children(map, "Week 1"));
    }

    @Test
    void explanationsAfterTheNameGoToTheNoteInEverySpelling() throws Exception {
        ImportResult r = read("explanations.md");
        Roadmap map = r.roadmap();
        assertEquals("keep hot data close to the code that reads it", topic(map, "Caching").note());
        assertEquals("retrying a request must not apply it twice.", topic(map, "Idempotency").note());
        assertEquals("spreads keys so that adding a node moves few of them", topic(map, "Consistent Hashing").note());
        assertEquals("why you cannot have everything at once", topic(map, "CAP Theorem").note());
        assertEquals("splitting one table across many machines by a key", topic(map, "Sharding").note());
        assertEquals("copies of the data on several nodes for safety", topic(map, "Replication").note());
        assertEquals("round robin, least connections and friends", topic(map, "Load balancing").note());
        assertEquals("Docker is how you ship the same image to every machine.", topic(map, "\uD83D\uDC33 Docker").note(),
                "a bold name followed by a whole sentence about it");
        assertTrue(messages(r).contains("explanations.md:6: 7 explanations after a name moved to notes (first at line 6)"),
                messages(r).toString());
    }

    @Test
    void linksTagsTimestampsAndDurationsLeaveTheLabelForTheMetadata() throws Exception {
        Roadmap map = read("explanations.md").roadmap();
        assertEquals(List.of(new WebLink("", "https://example.com/ch")), topic(map, "Consistent Hashing").meta().links());
        assertEquals(List.of(new WebLink("", "https://example.com/docs"), new WebLink("Code", "https://example.com/code")),
                topic(map, "Docs").meta().links(), "an item of links only is named by its first link and keeps all");
        assertEquals(List.of("FREE"), topic(map, "Pro Git Book").meta().tags());
        assertEquals(List.of("Advanced"), topic(map, "Kubernetes").meta().tags());
        assertEquals(List.of("optional"), topic(map, "Service mesh").meta().tags());
        assertEquals(List.of("Core"), topic(map, "Terraform").meta().tags());
        assertEquals(List.of("Recommended"), topic(map, "Observability").meta().tags());
        assertEquals(Optional.of("02:17:40"), topic(map, "Variables").meta().timestamp());
        assertEquals(Optional.of("12:30"), topic(map, "Functions").meta().timestamp());
        assertEquals(Optional.of("48:58"), topic(map, "Lecci\u00F3n 3 - Variables").meta().timestamp());
        assertEquals("\uD83D\uDCD6 Designing Data-Intensive Applications",
                topic(map, "\uD83D\uDCD6 Designing Data-Intensive Applications").label(), "emoji stay for display");
        assertEquals("Phase 1: Foundations", parent(map, "Foreword"), "1.1 is numbering, dropped from the label");
        TopicMeta.Span months = topic(map, "Single Variable Calculus").meta().span().orElseThrow();
        assertEquals(List.of("month", 3, 4), List.of(months.unit(), months.from(), months.to()));
    }
}
