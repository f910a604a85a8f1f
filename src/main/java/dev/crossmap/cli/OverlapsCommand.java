package dev.crossmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.export.CoverageCsv;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Link;
import dev.crossmap.model.Occurrence;
import dev.crossmap.outline.ImportException;
import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.overlap.UniqueTopics;
import dev.crossmap.document.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code crossmap overlaps [--json] [FILE…]} (roadmaps, or one workspace with its curation): the concepts written in two or more places, largest first,
 * each with its occurrences (roadmap, line, label, ancestors' path without the document title) and the
 * narrower or neighbouring topics related to it. With {@code --matrix}: the coverage matrix (concepts x
 * roadmaps), each roadmap's unique topics and the overlap summary; {@code --csv} prints the matrix as CSV.
 */
final class OverlapsCommand implements Command {
    @Override
    public String name() {
        return "overlaps";
    }

    @Override
    public String usage() {
        return "overlaps [--json | --matrix [--csv]] [--warnings] [FILE...]";
    }

    @Override
    public String summary() {
        return "print the concepts written in two or more places, largest first, or (--matrix) the coverage matrix "
                + "of concepts x roadmaps, as a table or CSV (no FILE: the bundled roadmaps; a workspace: its curated atlas)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ImportException {
        Arguments a = Arguments.parse(args, Set.of("--json", "--matrix", "--csv", ImportNotes.FLAG));
        if (a.has("--csv") && !a.has("--matrix")) {
            throw new UsageException("--csv goes with --matrix");
        }
        if (a.has("--json") && a.has("--matrix")) {
            throw new UsageException("--json and --matrix cannot be combined");
        }
        Workspace ws = Inputs.load(a.files(), a.has(ImportNotes.FLAG), err).workspace();
        Matcher matcher = CliMatcher.create(err);
        Atlas atlas = matcher.match(ws.roadmaps(), ws.decisions(), ws.conceptNames());
        if (a.has("--matrix")) {
            CoverageMatrix matrix = CoverageMatrix.of(atlas);
            out.print(a.has("--csv") ? CoverageCsv.of(matrix)
                    : MatrixTable.render(matrix, UniqueTopics.of(atlas, matrix, matcher)));
        } else if (a.has("--json")) {
            printJson(atlas, out);
        } else {
            printText(atlas, out);
        }
        return 0;
    }

    private static void printText(Atlas atlas, PrintStream out) {
        StringBuilder sb = new StringBuilder();
        List<Concept> concepts = atlas.concepts();
        sb.append(concepts.size()).append(" concepts written in two or more places\n");
        for (Concept c : concepts) {
            sb.append('\n').append(c.label()).append(" (").append(c.size()).append(" places)\n");
            for (Occurrence o : c.members()) {
                sb.append("  ").append(o.roadmap()).append(':').append(o.line()).append("  ").append(o.label());
                if (!o.path().isEmpty()) {
                    sb.append("   [").append(String.join(" > ", o.path())).append(']');
                }
                sb.append('\n');
            }
            for (Map.Entry<String, String> r : related(atlas, c).entrySet()) {
                sb.append("  related: ").append(r.getKey()).append(" (").append(r.getValue()).append(")\n");
            }
        }
        out.print(sb);
    }

    /** Related topics of a concept by label, with the reason of the first link found. */
    private static Map<String, String> related(Atlas atlas, Concept c) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<dev.crossmap.model.TopicId> inside = new java.util.HashSet<>();
        c.members().forEach(o -> inside.add(o.vertex()));
        for (Link l : atlas.related(c)) {
            dev.crossmap.model.TopicId other = inside.contains(l.source()) ? l.target() : l.source();
            String label = atlas.facet(other).map(f -> f.label())
                    .orElseGet(() -> atlas.occurrence(other).map(Occurrence::label).orElse(other.value()));
            out.putIfAbsent(label, l.reason());
        }
        return out;
    }

    private static void printJson(Atlas atlas, PrintStream out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode concepts = root.putArray("concepts");
        for (Concept c : atlas.concepts()) {
            ObjectNode n = concepts.addObject();
            n.put("label", c.label());
            ArrayNode members = n.putArray("members");
            for (Occurrence o : c.members()) {
                ObjectNode m = members.addObject();
                m.put("roadmap", o.roadmap());
                m.put("line", o.line());
                m.put("label", o.label());
                ArrayNode path = m.putArray("path");
                o.path().forEach(path::add);
            }
            ArrayNode related = n.putArray("related");
            for (Map.Entry<String, String> r : related(atlas, c).entrySet()) {
                ObjectNode rel = related.addObject();
                rel.put("label", r.getKey());
                rel.put("reason", r.getValue());
            }
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
