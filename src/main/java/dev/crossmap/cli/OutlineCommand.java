package dev.crossmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.model.Connector;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.outline.ImportException;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * {@code crossmap outline [--json] [FILE…]}: the imported topics, as an indented tree or as JSON, with each
 * topic's note, status and tags (from a workspace; empty for plain roadmaps), the author's prose and what the
 * author wrote around the name (in {@code meta}: hours, span, tags, links, video timestamp).
 */
final class OutlineCommand implements Command {
    @Override
    public String name() {
        return "outline";
    }

    @Override
    public String usage() {
        return "outline [--json] [--warnings] [FILE...]";
    }

    @Override
    public String summary() {
        return "print the topics of each roadmap as an indented tree (--json: as JSON); --warnings lists what the importer noted on stderr";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ImportException {
        Arguments a = Arguments.parse(args, Set.of("--json", ImportNotes.FLAG));
        WorkspaceFile.Loaded loaded = Inputs.load(a.files(), a.has(ImportNotes.FLAG), err);
        if (a.has("--json")) {
            printJson(loaded.workspace(), out);
        } else {
            printTree(loaded.workspace(), out);
        }
        return 0;
    }

    private static void printTree(Workspace ws, PrintStream out) {
        StringBuilder sb = new StringBuilder();
        for (Roadmap map : ws.roadmaps()) {
            sb.append(map.name()).append(" \u2014 ").append(map.title()).append(" (")
              .append(map.size()).append(" topics)\n");
            for (Topic t : map.topics()) {
                Annotation note = ws.annotation(t.id());
                sb.append("  ".repeat(t.depth() + 1));
                if (note.progress() != Progress.NOT_STARTED) {
                    sb.append('[').append(note.progress().key()).append("] ");
                }
                sb.append(t.label());
                appendMeta(sb, t.meta());
                sb.append('\n');
                if (sb.length() > 1 << 16) {
                    out.print(sb);
                    sb.setLength(0);
                }
            }
        }
        out.print(sb);
    }

    private static void appendMeta(StringBuilder sb, TopicMeta meta) {
        meta.hoursText().ifPresent(h -> sb.append("  [").append(h).append(" h]"));
        meta.span().ifPresent(s -> sb.append("  [").append(s.text()).append(']'));
        meta.timestamp().ifPresent(t -> sb.append("  [at ").append(t).append(']'));
        meta.tags().forEach(t -> sb.append("  #").append(t.replace(' ', '-')));
    }

    private static void printJson(Workspace ws, PrintStream out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode maps = root.putArray("roadmaps");
        for (Roadmap map : ws.roadmaps()) {
            ObjectNode m = maps.addObject();
            m.put("roadmap", map.name());
            m.put("title", map.title());
            m.put("format", map.format());
            ArrayNode topics = m.putArray("topics");
            for (Topic t : map.topics()) {
                ObjectNode o = topics.addObject();
                o.put("id", t.id().value());
                if (t.parent() == null) {
                    o.putNull("parent");
                } else {
                    o.put("parent", t.parent().value());
                }
                o.put("label", t.label());
                o.put("line", t.line());
                ObjectNode meta = o.putObject("meta");
                t.meta().hours().ifPresent(h -> {
                    if (h == Math.rint(h)) {
                        meta.put("hours", (long) h);
                    } else {
                        meta.put("hours", h);
                    }
                });
                t.meta().span().ifPresent(s -> {
                    ObjectNode span = meta.putObject("span");
                    span.put("unit", s.unit());
                    span.put("from", s.from());
                    span.put("to", s.to());
                    span.put("text", s.text());
                });
                if (!t.meta().tags().isEmpty()) {
                    ArrayNode authorTags = meta.putArray("tags");
                    t.meta().tags().forEach(authorTags::add);
                }
                if (!t.meta().links().isEmpty()) {
                    ArrayNode links = meta.putArray("links");
                    t.meta().links().forEach(l -> links.addObject().put("title", l.title()).put("url", l.url()));
                }
                t.meta().timestamp().ifPresent(ts -> meta.put("timestamp", ts));
                t.checked().ifPresent(p -> o.put("checked", p.key()));
                Annotation note = ws.annotation(t.id());
                o.put("note", note.note());
                o.put("status", note.progress().key());
                ArrayNode tags = o.putArray("tags");
                note.tags().forEach(tags::add);
                if (!t.note().isEmpty()) {
                    o.put("prose", t.note());
                }
                if (t.folded()) {
                    o.put("folded", true);
                }
            }
            if (!map.connectors().isEmpty()) {
                ArrayNode links = m.putArray("connectors");
                for (Connector c : map.connectors()) {
                    links.addObject().put("from", c.from().value()).put("to", c.to().value()).put("label", c.label());
                }
            }
        }
        try {
            mapper.writeValue(new NonClosingStream(out), root);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson closes what it writes to; standard output must stay open. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(PrintStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
