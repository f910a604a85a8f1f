package dev.crossmap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.matching.MatchSettings;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled roadmaps (src/test/resources/labels, read from ../shared) and how the matcher scores on them.
 * The floors sit a little under the figures in docs/quality.md: a change that loses precision or recall on the
 * labelled roadmaps fails here, and the bench says by how much.
 */
class LabelledOverlapsTest {
    private static LabelledSet set;

    @BeforeAll
    static void read() throws Exception {
        set = LabelledSet.read(Path.of("src/test/resources/labels"));
    }

    private static List<Roadmap> fold(String fold) throws Exception {
        List<Roadmap> out = new ArrayList<>();
        for (LabelledSet.LabelledFile f : set.files()) {
            if (f.fold().equals(fold)) {
                out.add(new Importer().importFile(f.source()).roadmap());
            }
        }
        return out;
    }

    @Test
    void everyLabelledLineIsALineOfItsFileAndTheSetCoversEveryField() throws Exception {
        Set<String> fields = new TreeSet<>();
        int lines = 0;
        Set<String> concepts = new TreeSet<>();
        for (LabelledSet.LabelledFile f : set.files()) {
            int length = new String(Files.readAllBytes(f.source()), StandardCharsets.UTF_8).split("\\r\\n|\\r|\\n", -1).length;
            for (Map.Entry<Integer, List<String>> e : f.lines().entrySet()) {
                assertTrue(e.getKey() >= 1 && e.getKey() <= length, f.name() + ":" + e.getKey() + " is past the end");
                concepts.addAll(e.getValue());
            }
            lines += f.lines().size();
            if (!f.fold().equals("bundled")) {
                fields.add(f.field());
            }
        }
        assertEquals(Set.of("backend", "sysdesign", "devops", "frontend", "ds", "math", "cs"), fields);
        assertTrue(set.files().stream().filter(f -> !f.fold().equals("bundled")).count() >= 15);
        assertTrue(concepts.size() >= 400, "concepts: " + concepts.size());
        assertTrue(lines > 2000, "labelled lines: " + lines);
    }

    @Test
    void aFolderWithoutLabelsSaysWhereItLookedAndWhatToDo(@org.junit.jupiter.api.io.TempDir Path dir) {
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> LabelledSet.read(dir));
        assertTrue(e.getMessage().contains("folds.txt is missing") && e.getMessage().contains("--labels DIR"), e.getMessage());
    }

    @Test
    void theBundledRoadmapsKeepTheirPrecisionAndRecall() throws Exception {
        QualityBench.Score s = QualityBench.score(set, fold("bundled"), MatchSettings.DEFAULT, null).get("all");
        assertTrue(s.precision() >= 0.82, "precision " + s.precision());
        assertTrue(s.recall() >= 0.33, "recall " + s.recall());
    }

    @Test
    void roadmapsByOtherAuthorsKeepTheirPrecisionAndRecall() throws Exception {
        QualityBench.Score a = QualityBench.score(set, fold("A"), MatchSettings.DEFAULT, null).get("all");
        QualityBench.Score b = QualityBench.score(set, fold("B"), MatchSettings.DEFAULT, null).get("all");
        assertTrue(a.precision() >= 0.60 && b.precision() >= 0.60, "precision " + a.precision() + " / " + b.precision());
        assertTrue(a.recall() >= 0.06 && b.recall() >= 0.20, "recall " + a.recall() + " / " + b.recall());
    }
}
