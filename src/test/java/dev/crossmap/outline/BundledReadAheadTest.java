package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled roadmaps read ahead while the window starts are the ones a plain read gives, and are used once. */
class BundledReadAheadTest {

    private static List<String> described(List<ImportResult> results) {
        return results.stream().map(r -> r.roadmap().name() + " " + r.roadmap().size() + " topics "
                + r.warnings().size() + " warnings " + r.roadmap().sourceText().length() + " chars").toList();
    }

    @Test
    void readAheadGivesTheSameFiveRoadmapsAsAPlainRead() throws ImportException {
        List<ImportResult> plain = new Importer().importBundled();
        Importer importer = new Importer();
        importer.readBundledAhead();
        List<ImportResult> ahead = importer.importBundled();
        assertEquals(Importer.BUNDLED, ahead.stream().map(r -> r.roadmap().name()).toList());
        assertEquals(described(plain), described(ahead));
    }

    @Test
    void whatWasReadAheadIsTakenOnceSoASecondOpenGetsItsOwnCopy() throws ImportException {
        Importer importer = new Importer();
        importer.readBundledAhead();
        importer.readBundledAhead(); // a second call while the first read runs starts nothing more
        List<ImportResult> first = importer.importBundled();
        List<ImportResult> second = importer.importBundled();
        assertEquals(described(first), described(second));
        for (int i = 0; i < first.size(); i++) {
            assertNotSame(first.get(i).roadmap(), second.get(i).roadmap());
        }
    }
}
