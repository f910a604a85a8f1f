package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.WebLink;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roadmap.sh files read as their author drew them: our own fixtures in roadmap.sh's two schemas. */
class RoadmapShReaderTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "dev", "crossmap", "outline", "roadmapsh");
    static final Path EDITOR = FIXTURES.resolve("editor").resolve("backend.json");
    static final Path MOCKUP = FIXTURES.resolve("mockup").resolve("python.json");
    private final Importer importer = new Importer();

    static Topic topic(Roadmap r, String label) {
        return r.topics().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + label));
    }

    static List<String> children(Roadmap r, String label) {
        return r.children(topic(r, label).id()).stream().map(Topic::label).toList();
    }

    private static List<String> warnings(ImportResult r) {
        return r.warnings().stream().map(ImportWarning::toString).toList();
    }

    @Test
    void theLearningPathIsTheTopLevelInTheOrderItsSolidEdgesDraw() throws Exception {
        Roadmap r = importer.importFile(EDITOR).roadmap();
        assertEquals("roadmap.sh", r.format());
        assertEquals("Backend Developer", r.title());
        // Version Control Systems is drawn higher than Pick a Language; the path edges put it after.
        assertEquals(List.of("Internet", "Pick a Language", "Version Control Systems", "Databases"),
                r.roots().stream().map(Topic::label).toList());
        assertEquals(26, r.size());
    }

    @Test
    void subtopicsFindTheirTopicByEdgeByTouchingNeighbourAndNeverByAnOldId() throws Exception {
        Roadmap r = importer.importFile(EDITOR).roadmap();
        // How/HTTP by dashed edge; Browsers and DNS touch HTTP; Hosting by edge (an edge to its oldId is stale).
        assertEquals(List.of("How does the internet work?", "Hosting", "What is HTTP?", "Browsers and how they work",
                "DNS and how it works"), children(r, "Internet"));
        assertEquals(List.of("Git", "GitHub", "GitLab"), children(r, "Version Control Systems"));
    }

    @Test
    void labelsInASectionBoxHeadTheSubtopicsBelowThem() throws Exception {
        Roadmap r = importer.importFile(EDITOR).roadmap();
        assertEquals(List.of("Scripting", "Compiled"), children(r, "Pick a Language"));
        assertEquals(List.of("Python", "JavaScript"), children(r, "Scripting"));
        assertEquals(List.of("Go", "Rust"), children(r, "Compiled"));
        assertEquals(List.of("Write a JOIN", "Create an index"), children(r, "Practice"));
    }

    @Test
    void sideTopicsSolidSubtopicEdgesChecklistsAndAFarOrphanEndUnderTheirTopic() throws Exception {
        ImportResult result = importer.importFile(EDITOR);
        Roadmap r = result.roadmap();
        assertEquals(List.of("Database Replication", "PostgreSQL", "NoSQL Databases", "Relational Databases",
                "Practice"), children(r, "Databases"));
        assertEquals(List.of("MongoDB"), children(r, "NoSQL Databases"));
        Topic orphan = topic(r, "Database Replication");
        assertTrue(warnings(result).stream().anyMatch(w -> w.contains(":" + orphan.line() + ": \"Database Replication\"")
                && w.contains("nearest topic, \"Databases\"")), warnings(result).toString());
    }

    @Test
    void staleEdgesAndUnlabelledTopicsAreWarnedAboutWithALine() throws Exception {
        List<String> w = warnings(importer.importFile(EDITOR));
        assertTrue(w.stream().anyMatch(s -> s.matches("backend\\.json:\\d+: 1 edge\\(s\\) name a node .*")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.matches("backend\\.json:\\d+: 1 topic node\\(s\\) without a label.*")),
                w.toString());
    }

    @Test
    void legendsBecomeTagsWhetherNamedByLabelIdOrColour() throws Exception {
        Roadmap r = importer.importFile(EDITOR).roadmap();
        assertEquals(List.of("recommended"), topic(r, "Python").meta().tags());
        assertEquals(List.of("alternative"), topic(r, "Go").meta().tags());
        assertEquals(List.of("optional"), topic(r, "Rust").meta().tags());
        assertEquals(List.of(), topic(r, "JavaScript").meta().tags());
    }

    @Test
    void proseGoesToTheNearestTopicAndCallsToActionAreDropped() throws Exception {
        Roadmap r = importer.importBytes("backend.json", Files.readAllBytes(EDITOR)).roadmap();
        assertEquals("Start here: how the web works", topic(r, "Internet").note());
        assertEquals("Practise with a real dataset every day.", topic(r, "Databases").note());
        assertTrue(r.topics().stream().noneMatch(t -> t.note().contains("detailed version")
                || t.note().contains("Related Roadmaps") || t.label().contains("Related Roadmaps")
                || t.label().contains("roadmap.sh") || t.label().contains("vertical")));
    }

    @Test
    void theContentFolderGivesNotesAndLinksWithoutTheResourceKind() throws Exception {
        Roadmap r = importer.importFile(EDITOR).roadmap();
        Topic internet = topic(r, "Internet");
        assertTrue(internet.note().startsWith("The Internet is a global network of computers"), internet.note());
        assertTrue(internet.note().endsWith("Start here: how the web works"), internet.note());
        assertFalse(internet.note().contains("Visit the following"));
        assertEquals(List.of(new WebLink("How does the Internet Work?", "https://example.org/how-internet-works"),
                new WebLink("The Internet Explained", "https://example.org/internet-explained"),
                new WebLink("How the Internet Works in 5 Minutes", "https://example.org/video/internet")),
                internet.meta().links());
        Topic python = topic(r, "Python");
        assertTrue(python.note().contains("general-purpose language") && python.note().contains("\n\nIt is a common"),
                python.note());
        assertEquals(List.of("recommended"), python.meta().tags(), "content does not replace the legend tag");
        assertEquals(2, python.meta().links().size());
        assertEquals("", topic(r, "Hosting").note(), "a content file named after an oldId belongs to no node");
    }

    @Test
    void aWorkspaceKeepsTheContentAfterTheFolderIsGone(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("backend.json");
        Files.copy(EDITOR, copy);
        Files.createDirectories(dir.resolve("content"));
        try (var files = Files.list(EDITOR.resolveSibling("content"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve("content").resolve(f.getFileName()));
            }
        }
        Roadmap opened = importer.importFile(copy).roadmap();
        assertTrue(opened.sourceText().contains("\"" + RoadmapShJson.CONTENT_FIELD + "\""));
        Path ws = dir.resolve("mine" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(ws, new Workspace(List.of(opened)));
        try (var files = Files.list(dir.resolve("content"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir.resolve("content"));

        Roadmap reopened = WorkspaceFile.load(ws, importer).workspace().roadmaps().get(0);
        assertEquals(opened.topics(), reopened.topics(), "same topics, notes, links, tags and ids");
        assertTrue(topic(reopened, "Internet").note().startsWith("The Internet is a global network"));
        assertEquals(3, topic(reopened, "Internet").meta().links().size());
    }

    @Test
    void theMockupFormatNestsByControlNameAndOrdersByItsNumber() throws Exception {
        ImportResult result = importer.importFile(MOCKUP);
        Roadmap r = result.roadmap();
        assertEquals("roadmap.sh", r.format());
        assertEquals("Python Developer", r.title());
        // Advanced Topics is drawn above Tooling but numbered after it; Packaging's parent is not drawn.
        assertEquals(List.of("Learn the Basics", "Packaging", "Tooling", "Advanced Topics"),
                r.roots().stream().map(Topic::label).toList());
        assertEquals(List.of("Basic Syntax", "Variables and Data Types", "Functions, Builtin Functions"),
                children(r, "Learn the Basics"));
        assertEquals(List.of("Editors", "Data Types"), children(r, "Tooling"));
        assertEquals(List.of("Vim", "Emacs"), children(r, "Editors"));
        assertEquals(List.of("Int", "Float", "String"), children(r, "Data Types"));
        assertEquals(List.of("Decorators"), children(r, "Advanced Topics"));
        assertEquals(15, r.size());
        List<String> w = warnings(result);
        assertTrue(w.stream().anyMatch(s -> s.contains("ghost:orphan names a parent that is not drawn")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("103-empty has no text")), w.toString());
    }

    @Test
    void mockupContentFilesAreFoundByTheirPathWithoutOrderingNumbers() throws Exception {
        Roadmap r = importer.importFile(MOCKUP).roadmap();
        assertEquals("Start with the syntax, variables and functions before anything else.",
                topic(r, "Learn the Basics").note());
        assertEquals(List.of(new WebLink("The Official Tutorial", "https://example.org/tutorial")),
                topic(r, "Learn the Basics").meta().links());
        assertEquals(List.of(new WebLink("Built-in Types", "https://example.org/stdtypes")),
                topic(r, "Variables and Data Types").meta().links());
        assertEquals("An extensible editor.", topic(r, "Emacs").note());
        assertEquals("", topic(r, "Vim").note());
    }

    @Test
    void otherJsonIsNotTakenForRoadmapSh() throws Exception {
        ImportResult other = importer.importBytes("package.json",
                "{\"name\": \"x\", \"nodes\": 3, \"edges\": \"none\"}".getBytes(StandardCharsets.UTF_8));
        assertNotEquals("roadmap.sh", other.roadmap().format());
        ImportResult empty = importer.importBytes("empty.json",
                "{\"nodes\": [], \"edges\": []}".getBytes(StandardCharsets.UTF_8));
        assertEquals("roadmap.sh", empty.roadmap().format());
        assertEquals(0, empty.roadmap().size());
        assertFalse(empty.warnings().isEmpty());
    }

    @Test
    void brokenJsonNamesTheLine() {
        byte[] broken = "{\n \"nodes\": [\n  {\"id\": \"a\", \"type\": \"topic\",,}\n ],\n \"edges\": []\n}"
                .getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> importer.importBytes("broken.json", broken));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("broken.json:3: not valid JSON"), e.getMessage());
    }

    @Test
    void deeplyNestedJsonIsRefusedWithALineNotAStackOverflow() {
        String deep = "{\"nodes\": [{\"id\": \"a\", \"data\": " + "[".repeat(100_000) + "]".repeat(100_000)
                + "}], \"edges\": []}";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importBytes("deep.json", deep.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
    }
}
