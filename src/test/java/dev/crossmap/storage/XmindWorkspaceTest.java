package dev.crossmap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.outline.XmindFiles.Sheet;
import dev.crossmap.outline.XmindFiles.T;
import dev.crossmap.outline.XmindFiles;
import dev.crossmap.outline.XmindReaderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A workspace keeps each XMind sheet as text it reads back alone: every sheet returns with the user's notes. */
class XmindWorkspaceTest {
    private final Importer importer = new Importer();

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void everySheetComesBackFromASavedWorkspaceWithWhatTheUserWrote(String format, @TempDir Path dir) throws Exception {
        Sheet second = new Sheet("Frontend", new T("Web", new T("HTML").note("semantic tags"), new T("CSS").markers("task-done")));
        Path xmind = dir.resolve("plan.xmind");
        Files.write(xmind, format.equals("json") ? XmindFiles.zen(XmindFiles.json(XmindReaderTest.plan(), second))
                : XmindFiles.xmind8(XmindFiles.xml(XmindReaderTest.plan(), second)));
        Workspace ws = new Workspace(importer.importFileAll(xmind, "plan.xmind").stream().map(ImportResult::roadmap).toList());
        Topic html = ws.roadmaps().get(1).topics().get(1);
        ws.setAnnotation(html.id(), Annotation.EMPTY.withNote("read MDN").withProgress(Progress.LEARNING));
        Path saved = dir.resolve("mine" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(saved, ws);

        WorkspaceFile.Loaded loaded = WorkspaceFile.load(saved, importer);
        assertEquals(List.of(), loaded.warnings());
        Workspace again = loaded.workspace();
        assertEquals(List.of("plan.xmind [Plan]", "plan.xmind [Frontend]"), again.roadmaps().stream().map(Roadmap::name).toList());
        for (int i = 0; i < 2; i++) {
            assertEquals(ws.roadmaps().get(i).topics(), again.roadmaps().get(i).topics());
            assertEquals(ws.roadmaps().get(i).connectors(), again.roadmaps().get(i).connectors());
            assertEquals("xmind", again.roadmaps().get(i).format());
        }
        assertEquals("read MDN", again.annotation(html.id()).note());
        assertEquals(Progress.LEARNING, again.annotation(html.id()).progress());
    }
}
