package dev.crossmap.overlap;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.LinkOrigin;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test atlases: the bundled roadmaps as matched, or small outlines joined by hand-drawn SAME_AS links. */
public final class Atlases {
    private Atlases() {
    }

    public static List<Roadmap> bundledRoadmaps() throws ImportException {
        List<Roadmap> out = new ArrayList<>();
        for (ImportResult r : new Importer().importBundled()) {
            out.add(r.roadmap());
        }
        return out;
    }

    public static Atlas bundled() throws ImportException {
        return new Matcher().match(bundledRoadmaps());
    }

    /** A roadmap read from Markdown bullets, e.g. "- Caching\n  - Redis\n". */
    public static Roadmap outline(String name, String markdown) throws ImportException {
        return new Importer().importBytes(name, markdown.getBytes(StandardCharsets.UTF_8)).roadmap();
    }

    /** The roadmaps with every topic labelled like one of {@code concepts} (ignoring case and a closing colon) joined as one concept. */
    public static Atlas joined(List<Roadmap> roadmaps, String... concepts) {
        List<Link> links = new ArrayList<>();
        for (String c : concepts) {
            Topic first = null;
            for (Roadmap r : roadmaps) {
                for (Topic t : r.topics()) {
                    if (t.label().toLowerCase(Locale.ROOT).replaceAll(":$", "").equals(c)) {
                        if (first == null) {
                            first = t;
                        } else {
                            links.add(new Link(first.id(), t.id(), LinkKind.SAME_AS, LinkOrigin.MANUAL, 1, "test"));
                        }
                    }
                }
            }
        }
        return new Atlas(roadmaps, List.of(), links, List.of());
    }

    public static Concept concept(Atlas atlas, String label) {
        return atlas.concepts().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no concept " + label));
    }
}
