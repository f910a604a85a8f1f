package dev.crossmap.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of SAME_AS pairs on the bundled roadmaps against a hand-labelled set
 * (overlaps-labelled.txt). A pair counts when both lines are in the labelled set; labelled lines the importer
 * did not make topics of are left out and reported.
 */
class OverlapQualityTest {
    static final double PRECISION_FLOOR = 0.90;
    static final double RECALL_FLOOR = 0.80;

    private static final Map<String, List<String>> gold = new LinkedHashMap<>();
    private static final Set<String> related = new HashSet<>();
    private static final Set<String> universe = new HashSet<>();
    private static Atlas atlas;
    private static final Set<String> imported = new HashSet<>();

    @BeforeAll
    static void load() throws Exception {
        String text;
        try (InputStream in = OverlapQualityTest.class.getResourceAsStream("overlaps-labelled.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> files = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                String[] p = line.substring(1).split("\\s+");
                files.put(p[0], p[1]);
                continue;
            }
            int colon = line.lastIndexOf(':');
            String head = line.substring(0, colon).strip();
            List<String> refs = new ArrayList<>();
            for (String r : line.substring(colon + 1).strip().split("[\\s~]+")) {
                refs.add(files.get(r.substring(0, 1)) + ":" + Integer.parseInt(r.substring(1)));
            }
            universe.addAll(refs);
            if (head.equals("related")) {
                related.add(pair(refs.get(0), refs.get(1)));
            } else if (!head.equals("alone")) {
                gold.put(head, refs);
            }
        }
        List<Roadmap> roadmaps = new ArrayList<>();
        for (ImportResult r : new Importer().importBundled()) {
            roadmaps.add(r.roadmap());
            for (Topic t : r.roadmap().topics()) {
                imported.add(r.roadmap().name() + ":" + t.line());
            }
        }
        atlas = new Matcher().match(roadmaps);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " = " + b : b + " = " + a;
    }

    private static Set<String> pairsOf(List<String> members) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!members.get(i).equals(members.get(j))) {
                    out.add(pair(members.get(i), members.get(j)));
                }
            }
        }
        return out;
    }

    @Test
    void theMatcherFindsTheLabelledOverlapsWithHighPrecisionAndRecall() {
        Set<String> expected = new TreeSet<>();
        Set<String> notImported = new TreeSet<>();
        for (List<String> members : gold.values()) {
            List<String> kept = new ArrayList<>();
            for (String m : members) {
                if (imported.contains(m)) {
                    kept.add(m);
                } else {
                    notImported.add(m);
                }
            }
            expected.addAll(pairsOf(kept));
        }
        Set<String> found = new TreeSet<>();
        int unlabelled = 0;
        for (Concept c : atlas.concepts()) {
            List<String> members = new ArrayList<>();
            for (Occurrence o : c.members()) {
                members.add(o.roadmap() + ":" + o.line());
            }
            for (String p : pairsOf(members)) {
                String[] ab = p.split(" = ");
                if (universe.contains(ab[0]) && universe.contains(ab[1])) {
                    found.add(p);
                } else {
                    unlabelled++;
                }
            }
        }
        Set<String> right = new TreeSet<>(found);
        right.retainAll(expected);
        Set<String> wrong = new TreeSet<>(found);
        wrong.removeAll(expected);
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        Set<String> relatedJoined = new TreeSet<>(found);
        relatedJoined.retainAll(related);
        double precision = found.isEmpty() ? 0 : (double) right.size() / found.size();
        double recall = expected.isEmpty() ? 0 : (double) right.size() / expected.size();
        System.out.printf("overlaps: %d labelled concepts, %d labelled pairs, %d found (%d pairs with unlabelled lines "
                        + "not scored), %d right, %d wrong, %d missed; %d labelled lines not imported%n",
                gold.size(), expected.size(), found.size(), unlabelled, right.size(), wrong.size(), missed.size(),
                notImported.size());
        System.out.printf("overlaps: precision %.3f, recall %.3f (floors %.2f, %.2f)%n", precision, recall,
                PRECISION_FLOOR, RECALL_FLOOR);
        wrong.forEach(p -> System.out.println("  wrong:  " + p));
        missed.forEach(p -> System.out.println("  missed: " + p));
        assertTrue(relatedJoined.isEmpty(), "pairs labelled only related were joined: " + relatedJoined);
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall);
    }

    @Test
    void idempotencyIsExactlyTheFiveLinesTheReadmeNames() {
        Concept idempotency = atlas.concepts().stream().filter(c -> c.label().equals("idempotency")).findFirst()
                .orElseThrow();
        Set<String> lines = new TreeSet<>();
        for (Occurrence o : idempotency.members()) {
            lines.add(o.roadmap() + ":" + o.line());
        }
        assertEquals(new TreeSet<>(Set.of("senior-backend-study-path.md:100", "senior-backend-study-path.md:111",
                "python-backend-master-tree.md:172", "python-backend-master-tree.md:597",
                "backend-engineering-mastery.md:33")), lines);
    }
}
