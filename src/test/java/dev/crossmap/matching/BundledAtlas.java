package dev.crossmap.matching;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The five bundled roadmaps, and ways to find their concepts by (file, line) in tests. */
final class BundledAtlas {
    static final String SENIOR = "senior-backend-study-path.md";
    static final String TREE = "python-backend-master-tree.md";
    static final String COURSE = "python-backend-developer-roadmap.md";
    static final String MIDDLE = "middle-python-developer-plan.md";
    static final String MASTERY = "backend-engineering-mastery.md";

    private BundledAtlas() {
    }

    static List<Roadmap> roadmaps() throws ImportException {
        List<Roadmap> out = new ArrayList<>();
        for (ImportResult r : new Importer().importBundled()) {
            out.add(r.roadmap());
        }
        return out;
    }

    /** The concepts that hold a line, as "file:line" sets. */
    static List<Set<String>> conceptsAt(Atlas atlas, String file, int line) {
        List<Set<String>> out = new ArrayList<>();
        for (Concept c : atlas.concepts()) {
            Set<String> lines = lines(c);
            if (lines.contains(file + ":" + line)) {
                out.add(lines);
            }
        }
        return out;
    }

    static Optional<Concept> conceptAt(Atlas atlas, String file, int line) {
        return atlas.concepts().stream().filter(c -> lines(c).contains(file + ":" + line)).findFirst();
    }

    static Set<String> lines(Concept c) {
        Set<String> lines = new TreeSet<>();
        for (Occurrence o : c.members()) {
            lines.add(o.roadmap() + ":" + o.line());
        }
        return lines;
    }

    static Occurrence occurrence(Concept c, String file, int line) {
        return c.members().stream().filter(o -> o.roadmap().equals(file) && o.line() == line).findFirst().orElseThrow();
    }
}
