package dev.crossmap.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.Version;
import dev.crossmap.document.Anchor;
import dev.crossmap.document.Reattachment;
import dev.crossmap.document.Unattached;
import dev.crossmap.document.ViewState;
import dev.crossmap.document.Workspace;
import dev.crossmap.io.AtomicFile;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Decision;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.ImportWarning;
import dev.crossmap.outline.Importer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workspace file ({@code *.crossmap.json}, see docs/workspace-format.md): the roadmaps' source text,
 * notes, progress, tags, fold state and view. Written atomically; read defensively: a damaged or foreign
 * file is refused with file, line, column and what was expected, and the file is never touched.
 */
public final class WorkspaceFile {
    /** The file name ending Crossmap gives workspaces. */
    public static final String EXTENSION = ".crossmap.json";
    /** The format version this build writes. */
    public static final int FORMAT_VERSION = 2;

    private static final Set<String> KNOWN = Set.of("formatVersion", "app", "roadmaps", "topics", "unattached",
            "decisions", "conceptNames", "folded", "view", "preferences", "match");

    // No polymorphic typing, bounded nesting and sizes: the input is untrusted.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(256 * 1024 * 1024)
                    .maxNumberLength(64)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /**
     * A workspace read from a file, what the user should know about it, and the match saved with it (used only
     * when its key is still the one of what is open).
     */
    public record Loaded(Workspace workspace, List<ImportWarning> warnings, Optional<MatchCache.Stored> match) {
        /** A workspace with no saved match. */
        public Loaded(Workspace workspace, List<ImportWarning> warnings) {
            this(workspace, warnings, Optional.empty());
        }
    }

    private WorkspaceFile() {
    }

    /** Whether a file name looks like a workspace. */
    public static boolean isWorkspace(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(EXTENSION);
    }

    /** Saves the workspace atomically: the old file or the new one, never a mix. */
    public static void save(Path file, Workspace ws) throws IOException {
        AtomicFile.write(file, encode(ws.snapshot()));
    }

    /**
     * Saves the workspace with its last match, when {@code atlas} was matched from what is open by the matcher
     * of that fingerprint: re-opening it then needs no matching.
     */
    public static void save(Path file, Workspace ws, Atlas atlas, String matcher) throws IOException {
        AtomicFile.write(file, encode(ws.snapshot(), atlas, matcher));
    }

    /** The file's bytes for a snapshot. */
    public static byte[] encode(Workspace.Snapshot s) {
        return encode(s, null, "");
    }

    /** The file's bytes for a snapshot and, when it is the snapshot's, the atlas matched from it. */
    public static byte[] encode(Workspace.Snapshot s, Atlas atlas, String matcher) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("app", "crossmap " + Version.get());
            g.writeArrayFieldStart("roadmaps");
            Map<TopicId, String> roadmapOf = new HashMap<>();
            Map<String, Roadmap> byName = new HashMap<>();
            for (Roadmap r : s.roadmaps()) {
                byName.put(r.name(), r);
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeStringField("format", r.format());
                g.writeStringField("source", r.sourceText());
                g.writeEndObject();
                for (var t : r.topics()) {
                    if (s.annotations().containsKey(t.id())) {
                        roadmapOf.put(t.id(), r.name());
                    }
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("topics");
            for (Map.Entry<TopicId, Annotation> e : new TreeMap<>(s.annotations()).entrySet()) {
                Roadmap r = byName.get(roadmapOf.get(e.getKey()));
                if (r == null) {
                    continue;
                }
                g.writeFieldName(e.getKey().value());
                writeAnnotation(g, e.getValue(), Anchor.of(r, r.topic(e.getKey()).orElseThrow()));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("unattached");
            for (Unattached u : s.unattached()) {
                g.writeStartObject();
                g.writeStringField("formerId", u.formerId());
                g.writeFieldName("entry");
                writeAnnotation(g, u.annotation(), u.anchor());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("decisions");
            for (Decision d : s.decisions()) {
                g.writeStartObject();
                g.writeStringField("action", d.action().name().toLowerCase(Locale.ROOT));
                g.writeStringField("a", d.a().value());
                g.writeStringField("b", d.b().value());
                g.writeStringField("kind", d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("conceptNames");
            for (Map.Entry<TopicId, String> e : new TreeMap<>(s.conceptNames()).entrySet()) {
                g.writeStringField(e.getKey().value(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("folded");
            for (TopicId id : new java.util.TreeSet<>(s.folded())) {
                g.writeString(id.value());
            }
            g.writeEndArray();
            ViewState v = s.view();
            g.writeObjectFieldStart("view");
            g.writeNumberField("zoom", v.zoom());
            g.writeNumberField("centerX", v.centerX());
            g.writeNumberField("centerY", v.centerY());
            if (v.selection().isPresent()) {
                g.writeStringField("selection", v.selection().get().value());
            } else {
                g.writeNullField("selection");
            }
            g.writeArrayFieldStart("hiddenRoadmaps");
            for (String h : new java.util.TreeSet<>(v.hiddenRoadmaps())) {
                g.writeString(h);
            }
            g.writeEndArray();
            g.writeStringField("mode", v.mode());
            g.writeEndObject();
            g.writeObjectFieldStart("preferences");
            g.writeBooleanField("shareConceptProgress", s.shareConceptProgress());
            g.writeEndObject();
            for (Map.Entry<String, Object> e : s.unknownFields().entrySet()) {
                g.writeFieldName(e.getKey());
                MAPPER.writeTree(g, (JsonNode) e.getValue());
            }
            MatchCache.write(g, atlas, s.roadmaps(), s.decisions(), matcher);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void writeAnnotation(JsonGenerator g, Annotation a, Anchor anchor) throws IOException {
        g.writeStartObject();
        g.writeStringField("roadmap", anchor.roadmap());
        g.writeArrayFieldStart("path");
        for (String p : anchor.path()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeStringField("label", anchor.label());
        if (!a.note().isEmpty()) {
            g.writeStringField("note", a.note());
        }
        if (a.progress() != Progress.NOT_STARTED) {
            g.writeStringField("status", a.progress().key());
        }
        if (!a.tags().isEmpty()) {
            g.writeArrayFieldStart("tags");
            for (String t : a.tags()) {
                g.writeString(t);
            }
            g.writeEndArray();
        }
        if (a.edited() > 0) {
            g.writeStringField("edited", java.time.Instant.ofEpochMilli(a.edited()).toString());
        }
        g.writeEndObject();
    }

    /** Reads a workspace file, importing each roadmap again from its stored text. */
    public static Loaded load(Path file, Importer importer) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), 0, "no such file");
        } catch (IOException | OutOfMemoryError e) {
            throw new ImportException(file.toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
        return decode(file.toString(), bytes, importer);
    }

    /** Reads a workspace from bytes; {@code shown} names the file in messages. */
    public static Loaded decode(String shown, byte[] bytes, Importer importer) throws ImportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(shown, at == null ? 0 : at.getLineNr(),
                    "column " + (at == null ? 0 : at.getColumnNr()) + ": not a valid workspace (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ImportException(shown, 0, "cannot be read (" + e.getMessage() + ")");
        }
        Reader r = new Reader(shown, bytes);
        if (root == null || !root.isObject()) {
            throw r.error("", "a JSON object (a Crossmap workspace)");
        }
        if (!root.path("formatVersion").isInt()) {
            throw r.error("", "an object with \"formatVersion\" (a Crossmap workspace); this looks like another kind of JSON file");
        }
        List<ImportWarning> warnings = new ArrayList<>();
        int version = root.get("formatVersion").asInt();
        if (version > FORMAT_VERSION) {
            warnings.add(new ImportWarning(shown, 1, "written by a newer Crossmap (format " + version + "); fields this one "
                    + "does not know are kept as they are"));
        }
        ObjectNode doc = Migrations.toCurrent((ObjectNode) root, version);
        Workspace ws = new Workspace();
        JsonNode maps = r.array(doc, "/roadmaps");
        for (int i = 0; i < maps.size(); i++) {
            String name = r.text(maps.get(i), "/roadmaps/" + i + "/name");
            String source = r.text(maps.get(i), "/roadmaps/" + i + "/source");
            if (ws.roadmaps().stream().anyMatch(m -> m.name().equals(name))) {
                throw r.error("/roadmaps/" + i + "/name", "a roadmap name used once (\"" + name + "\" is repeated)");
            }
            ImportResult imported = importer.importBytes(name, source.getBytes(StandardCharsets.UTF_8));
            ws.addRoadmap(imported.roadmap(), false); // the saved progress, not the author's ticks, is the truth
        }
        Map<TopicId, Annotation> annotations = new HashMap<>();
        List<Unattached> unattached = new ArrayList<>();
        JsonNode topics = doc.path("topics");
        if (!topics.isMissingNode() && !topics.isObject()) {
            throw r.error("/topics", "an object of topic ids");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = topics.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "/topics/" + escape(e.getKey());
            Anchor anchor = r.anchor(e.getValue(), where);
            Annotation a = r.annotation(e.getValue(), where);
            TopicId id = new TopicId(e.getKey());
            Optional<TopicId> home = ws.topic(id).isPresent() ? Optional.of(id)
                    : ws.roadmaps().stream().filter(m -> m.name().equals(anchor.roadmap())).findFirst()
                        .flatMap(m -> Reattachment.find(m, id, anchor));
            if (home.isPresent() && !annotations.containsKey(home.get())) {
                annotations.put(home.get(), a);
            } else {
                unattached.add(new Unattached(e.getKey(), anchor, a));
                warnings.add(new ImportWarning(shown, r.line(where), "the note on \"" + anchor
                        + "\" has no topic any more; it is kept under Unattached notes"));
            }
        }
        JsonNode orphans = doc.path("unattached");
        for (int i = 0; i < orphans.size(); i++) {
            String p = "/unattached/" + i;
            unattached.add(new Unattached(r.text(orphans.get(i), p + "/formerId"),
                    r.anchor(orphans.get(i).path("entry"), p + "/entry"), r.annotation(orphans.get(i).path("entry"), p + "/entry")));
        }
        ws.setAnnotations(annotations);
        ws.setDecisions(r.decisions(doc.path("decisions")));
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("conceptNames").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().isBlank() && e.getValue().isTextual()) {
                ws.setConceptName(new TopicId(e.getKey()), e.getValue().asText());
            }
        }
        ws.restoreUnattached(unattached);
        Set<TopicId> folded = new HashSet<>();
        for (JsonNode f : doc.path("folded")) {
            if (f.isTextual() && ws.topic(new TopicId(f.asText())).isPresent()) {
                folded.add(new TopicId(f.asText()));
            }
        }
        ws.setFolded(folded, true);
        ws.setView(r.view(doc.path("view")));
        ws.setShareConceptProgress(doc.path("preferences").path("shareConceptProgress").asBoolean(true));
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KNOWN.contains(e.getKey())) {
                ws.unknownFields().put(e.getKey(), e.getValue());
            }
        }
        JsonNode match = doc.path("match");
        Optional<MatchCache.Stored> cached = match.path("key").isTextual()
                ? Optional.of(new MatchCache.Stored(match.get("key").asText(), match)) : Optional.empty();
        return new Loaded(ws, warnings, cached);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Reads typed values out of the tree, failing with the line and column of the offending value. */
    private static final class Reader {
        private final String shown;
        private final byte[] bytes;

        Reader(String shown, byte[] bytes) {
            this.shown = shown;
            this.bytes = bytes;
        }

        ImportException error(String pointer, String expected) {
            int[] at = locate(pointer);
            return new ImportException(shown, at[0], "column " + at[1] + ": expected " + expected
                    + (pointer.isEmpty() ? "" : " at " + pointer));
        }

        int line(String pointer) {
            return locate(pointer)[0];
        }

        JsonNode array(JsonNode doc, String pointer) throws ImportException {
            JsonNode n = doc.at(pointer);
            if (!n.isArray()) {
                throw error(pointer, "a list");
            }
            return n;
        }

        String text(JsonNode parent, String pointer) throws ImportException {
            JsonNode n = parent.get(pointer.substring(pointer.lastIndexOf('/') + 1));
            if (n == null || !n.isTextual()) {
                throw error(n == null ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer,
                        "a text \"" + pointer.substring(pointer.lastIndexOf('/') + 1) + "\"");
            }
            return n.asText();
        }

        Anchor anchor(JsonNode n, String pointer) throws ImportException {
            if (!n.isObject()) {
                throw error(pointer, "an object with the topic's roadmap, path and label");
            }
            List<String> path = new ArrayList<>();
            for (JsonNode p : n.path("path")) {
                path.add(p.asText());
            }
            return new Anchor(n.path("roadmap").asText(""), path, n.path("label").asText(""));
        }

        Annotation annotation(JsonNode n, String pointer) throws ImportException {
            JsonNode note = n.path("note");
            if (!note.isMissingNode() && !note.isTextual()) {
                throw error(pointer + "/note", "the note as text");
            }
            Progress progress = Progress.NOT_STARTED;
            if (n.has("status")) {
                progress = Progress.fromKey(n.get("status").asText(null)).orElseThrow(() ->
                        error(pointer + "/status", "one of not-started, learning, done, skipped"));
            }
            List<String> tags = new ArrayList<>();
            for (JsonNode t : n.path("tags")) {
                tags.add(t.asText());
            }
            long edited = 0;
            if (n.has("edited")) {
                try {
                    edited = java.time.Instant.parse(n.get("edited").asText("")).toEpochMilli();
                } catch (java.time.DateTimeException e) {
                    throw error(pointer + "/edited", "a time like 2026-11-28T07:40:00Z");
                }
            }
            return new Annotation(note.asText(""), progress, new java.util.TreeSet<>(tags), edited);
        }

        List<Decision> decisions(JsonNode list) throws ImportException {
            List<Decision> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode d = list.get(i);
                String p = "/decisions/" + i;
                Decision.Action action = enumOf(Decision.Action.class, d.path("action").asText(""), p + "/action",
                        "confirm, reject or add");
                LinkKind kind = enumOf(LinkKind.class, d.path("kind").asText("").replace('-', '_'), p + "/kind",
                        "same-as or related");
                if (kind == LinkKind.CHILD) {
                    throw error(p + "/kind", "same-as or related");
                }
                String a = text(d, p + "/a");
                String b = text(d, p + "/b");
                if (a.isBlank() || b.isBlank() || a.equals(b)) {
                    throw error(p, "two different topic ids in \"a\" and \"b\"");
                }
                out.add(new Decision(action, new TopicId(a), new TopicId(b), kind));
            }
            return out;
        }

        private <E extends Enum<E>> E enumOf(Class<E> type, String value, String pointer, String expected) throws ImportException {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(pointer, expected);
            }
        }

        ViewState view(JsonNode v) {
            Optional<TopicId> selection = v.path("selection").isTextual() && !v.path("selection").asText().isBlank()
                    ? Optional.of(new TopicId(v.path("selection").asText())) : Optional.empty();
            Set<String> hidden = new HashSet<>();
            v.path("hiddenRoadmaps").forEach(h -> hidden.add(h.asText()));
            return new ViewState(v.path("zoom").asDouble(1), v.path("centerX").asDouble(0), v.path("centerY").asDouble(0),
                    selection, hidden, v.path("mode").asText("roadmaps"));
        }

        /** Line and column of the value at a JSON pointer, by streaming the file again (errors only). */
        private int[] locate(String pointer) {
            JsonPointer target = JsonPointer.compile(pointer);
            try (JsonParser p = FACTORY.createParser(bytes)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                            && p.getParsingContext().pathAsPointer().equals(target)) {
                        JsonLocation at = p.currentTokenLocation();
                        return new int[] {at.getLineNr(), at.getColumnNr()};
                    }
                }
            } catch (IOException e) {
                // Already parsed once; fall back to the start of the file.
            }
            return new int[] {1, 1};
        }
    }
}
