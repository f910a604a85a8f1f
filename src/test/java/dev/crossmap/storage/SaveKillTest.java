package dev.crossmap.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.outline.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 while saving, many times: the file is always the old version or the new one, never broken. */
class SaveKillTest {
    @Test
    void killingASavingProcessAtRandomMomentsNeverLeavesABrokenFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("work" + WorkspaceFile.EXTENSION);
        Random random = new Random(20261123L);
        Importer importer = new Importer();
        int lastSeen = 0;
        int rounds = 12;
        for (int round = 0; round < rounds; round++) {
            int start = lastSeen + 1;
            Path progress = dir.resolve("progress-" + round + ".txt");
            try (ChildJvm child = new ChildJvm(SaveLoop.class, file.toString(), Integer.toString(start), progress.toString())) {
                for (int waited = 0; !(Files.exists(progress) && Files.size(progress) > 0); waited += 20) {
                    assertTrue(waited < 60_000, "the saving process saved once within a minute");
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(400));
                child.kill();
                List<String> reported = Files.readAllLines(progress);
                int lastReported = Integer.parseInt(reported.get(reported.size() - 1));

                Workspace ws = WorkspaceFile.load(file, importer).workspace();
                Annotation a = ws.annotation(ws.roadmaps().get(0).topics().get(0).id());
                int onDisk = Integer.parseInt(a.note().substring("version ".length()));
                assertTrue(onDisk >= lastReported && onDisk <= lastReported + 1,
                        "the file holds the last finished save or the one after it: " + onDisk + " vs " + lastReported);
                String bulk = ws.annotation(ws.roadmaps().get(0).topics().get(1).id()).note();
                assertEquals(2_000_000 + Integer.toString(onDisk).length(), bulk.length(), "no torn note");
                lastSeen = onDisk;
            }
            Files.delete(progress);
            try (var left = Files.list(dir)) {
                long temps = left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
                assertTrue(temps <= 1, "at most the one temporary file of the killed save is left");
            }
        }
        assertTrue(lastSeen >= rounds, "every round saved at least once");
    }
}
