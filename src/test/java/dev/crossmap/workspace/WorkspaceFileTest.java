package dev.crossmap.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFileTest {
    private final Importer importer = new Importer();

    @Test
    void aSavedWorkspaceReopensWithTheSameRoadmapsAndTopics(@TempDir Path dir) throws Exception {
        List<Roadmap> before = importer.importBundled().stream().map(ImportResult::roadmap).toList();
        Path file = dir.resolve("mine" + WorkspaceFile.EXTENSION);
        WorkspaceFile.save(file, before);
        List<Roadmap> after = WorkspaceFile.load(file, importer).stream().map(ImportResult::roadmap).toList();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).name(), after.get(i).name());
            assertEquals(before.get(i).topics(), after.get(i).topics(), "same topics, same ids, same lines");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedWorkspaceIsRefusedWithLineAndColumnAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken" + WorkspaceFile.EXTENSION);
        byte[] broken = "{\n  \"formatVersion\": 1,\n  \"roadmaps\": [ {\"name\": \"a.md\", \n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, broken);
        ImportException e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertTrue(e.getMessage().startsWith(file + ":4: column "), e.getMessage());
        assertArrayEquals(broken, Files.readAllBytes(file));
    }

    @Test
    void aForeignJsonFileIsRefusedWithWhatWasExpected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("package" + WorkspaceFile.EXTENSION);
        Files.writeString(file, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");
        ImportException e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertTrue(e.getMessage().contains("expected an object with \"formatVersion\""), e.getMessage());
    }

    @Test
    void aWorkspaceFromANewerCrossmapIsRefusedWithTheVersions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("future" + WorkspaceFile.EXTENSION);
        Files.writeString(file, "{\"formatVersion\": 99, \"roadmaps\": []}");
        ImportException e = assertThrows(ImportException.class, () -> WorkspaceFile.load(file, importer));
        assertTrue(e.getMessage().contains("format 99"), e.getMessage());
    }
}
