package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Connector;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.WebLink;
import dev.crossmap.outline.XmindFiles.Sheet;
import dev.crossmap.outline.XmindFiles.T;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XMind files in both formats read as their author drew them: one roadmap per sheet, nothing dropped. */
public class XmindReaderTest {
    private final Importer importer = new Importer();

    /** A study plan with every kind of thing XMind keeps on a topic. */
    public static Sheet plan() {
        T sql = new T("SQL joins").id("sql").markers("task-done", "priority-1").labels("core", "databases")
                .note("Inner, outer,\ncross.");
        T idx = new T("Indexes  and\nB-trees").id("idx").markers("task-half").href("https://use-the-index-luke.com");
        T orm = new T("ORMs").id("orm").markers("task-start").href("xmind:#sql").htmlNote("<div>Lazy <b>loading</b></div>");
        T db = new T("Databases", sql, idx, orm).id("db").folded();
        T api = new T("API design", new T("REST"), new T("GraphQL")).id("api");
        T root = new T("Backend 🚀 Python", db, api).id("root").floating(new T("Someday: Rust", new T("Ownership")).id("rust"));
        return new Sheet("Plan", root, List.<String[]>of(new String[] {"api", "db", "needs"}));
    }

    private static byte[] file(String format, Sheet... sheets) {
        return format.equals("json") ? XmindFiles.zen(XmindFiles.json(sheets)) : XmindFiles.xmind8(XmindFiles.xml(sheets));
    }

    private static Topic topic(Roadmap r, String label) {
        return r.topics().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + label + " in " + r.topics().stream().map(Topic::label).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aSheetReadsAsItsTreeWithNotesTagsProgressLinksAndFolds(String format) throws Exception {
        List<ImportResult> results = importer.importBytesAll("plan.xmind", file(format, plan()));
        assertEquals(1, results.size());
        Roadmap r = results.get(0).roadmap();
        assertEquals("plan.xmind", r.name());
        assertEquals("xmind", r.format());
        assertEquals("Backend 🚀 Python", r.title());
        assertEquals(List.of("Backend 🚀 Python", "Databases", "SQL joins", "Indexes and B-trees", "ORMs", "API design",
                "REST", "GraphQL", "Someday: Rust", "Ownership"), r.topics().stream().map(Topic::label).toList());
        Topic root = topic(r, "Backend 🚀 Python");
        assertEquals(r.roots().get(0), root);
        assertEquals(List.of("Databases", "API design"), r.children(root.id()).stream().map(Topic::label).toList());
        assertEquals(List.of("Backend 🚀 Python", "Databases"), r.path(topic(r, "SQL joins").id()));

        Topic sql = topic(r, "SQL joins");
        assertEquals("Inner, outer,\ncross.", sql.note());
        assertEquals(List.of("core", "databases", "priority 1"), sql.meta().tags());
        assertEquals(Optional.of(Progress.DONE), sql.checked());
        assertEquals(Optional.of(Progress.LEARNING), topic(r, "Indexes and B-trees").checked());
        assertEquals(List.of(new WebLink("", "https://use-the-index-luke.com")), topic(r, "Indexes and B-trees").meta().links());
        Topic orm = topic(r, "ORMs");
        assertEquals(Optional.of(Progress.NOT_STARTED), orm.checked());
        assertEquals("Lazy loading", orm.note());
        assertEquals(Optional.empty(), topic(r, "REST").checked());
        assertTrue(topic(r, "Databases").folded());
        assertTrue(!topic(r, "API design").folded());

        assertEquals(List.of(new Connector(orm.id(), sql.id(), ""),
                new Connector(topic(r, "API design").id(), topic(r, "Databases").id(), "needs")), r.connectors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void floatingTopicsBecomeBranchesBesideTheCentralTopicWithAWarning(String format) throws Exception {
        ImportResult result = importer.importBytesAll("plan.xmind", file(format, plan())).get(0);
        Roadmap r = result.roadmap();
        assertEquals(List.of("Backend 🚀 Python", "Someday: Rust"), r.roots().stream().map(Topic::label).toList());
        assertEquals(List.of("Ownership"), r.children(topic(r, "Someday: Rust").id()).stream().map(Topic::label).toList());
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("1 floating topic")), result.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void eachSheetIsARoadmapNamedAfterTheFileAndTheSheet(String format) throws Exception {
        Sheet second = new Sheet("Frontend", new T("Web", new T("HTML"), new T("CSS").markers("task-done")));
        Sheet third = new Sheet("Frontend", new T("Again"));
        List<ImportResult> results = importer.importBytesAll("plan.xmind", file(format, plan(), second, third));
        assertEquals(List.of("plan.xmind [Plan]", "plan.xmind [Frontend]", "plan.xmind [Frontend] (2)"),
                results.stream().map(x -> x.roadmap().name()).toList());
        Roadmap web = results.get(1).roadmap();
        assertEquals(List.of("Web", "HTML", "CSS"), web.topics().stream().map(Topic::label).toList());
        assertEquals(Optional.of(Progress.DONE), topic(web, "CSS").checked());
        assertEquals(10, results.get(0).roadmap().size());
        assertTrue(Importer.sameFile("plan.xmind [Frontend]", "plan.xmind"));

        ImportResult first = importer.importBytes("plan.xmind", file(format, plan(), second));
        assertEquals("plan.xmind [Plan]", first.roadmap().name());
        assertTrue(first.warnings().stream().anyMatch(w -> w.message().contains("has 2 sheets")), first.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void theStoredTextOfASheetReadsBackAsThatSheetAlone(String format) throws Exception {
        Sheet second = new Sheet("Frontend", new T("Web", new T("HTML"), new T("CSS")));
        List<ImportResult> results = importer.importBytesAll("plan.xmind", file(format, plan(), second));
        for (ImportResult sheet : results) {
            Roadmap r = sheet.roadmap();
            List<ImportResult> again = importer.importBytesAll(r.name(), r.sourceText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(1, again.size());
            assertEquals(r.name(), again.get(0).roadmap().name());
            assertEquals(r.topics().stream().map(t -> t.id() + " " + t.label() + " " + t.checked() + " " + t.meta() + " " + t.note())
                    .toList(), again.get(0).roadmap().topics().stream().map(t -> t.id() + " " + t.label() + " " + t.checked()
                    + " " + t.meta() + " " + t.note()).toList());
            assertEquals(r.connectors(), again.get(0).roadmap().connectors());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aTenThousandDeepMapIsReadWithoutRunningOutOfStack(String format) throws Exception {
        byte[] bytes = format.equals("json") ? XmindFiles.zen(XmindFiles.deepJson(10_000))
                : XmindFiles.xmind8(XmindFiles.deepXml(10_000));
        Roadmap r = importer.importBytesAll("deep.xmind", bytes).get(0).roadmap();
        assertEquals(10_000, r.size());
        Topic last = r.topics().get(9_999);
        assertEquals("level 9999", last.label());
        assertEquals(9_999, last.depth());
    }

    @org.junit.jupiter.api.Test
    void aNewXmindFileIsReadFromContentJsonNotItsPlaceholderXml() throws Exception {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("content.xml", "<?xml version=\"1.0\"?><xmap-content><sheet><topic><title>Warning: this file can not be "
                + "opened normally</title></topic></sheet></xmap-content>");
        entries.put("content.json", XmindFiles.json(plan()));
        Roadmap r = importer.importBytesAll("new.xmind", XmindFiles.zip(entries)).get(0).roadmap();
        assertEquals("Backend 🚀 Python", r.title());
    }
}
