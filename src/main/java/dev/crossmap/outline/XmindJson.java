package dev.crossmap.outline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * XMind 2020+ {@code content.json}: an array of sheets, each with a {@code rootTopic} whose
 * {@code children.attached} are its subtopics. Read as a stream of tokens with an explicit stack (no tree of
 * the file, no recursion), so a 100,000-deep map is read like a flat one. A file is read twice: once to find
 * its sheets (their titles name the roadmaps, their spans become each roadmap's stored text), then once
 * per sheet.
 */
final class XmindJson {
    /** Most sheets a file may have; each becomes a roadmap. */
    static final int MAX_SHEETS = 500;
    /** Three JSON levels per topic level: 100,000-deep maps fit, an endless "[[[[" does not. */
    private static final int MAX_NESTING = 400_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength((int) XmindArchive.MAX_ENTRY_BYTES)
                    .maxNumberLength(1000)
                    .build())
            .build();

    private XmindJson() {
    }

    /** Whether the text is an array of objects that mentions {@code rootTopic}: XMind's sheets. */
    static boolean looksLike(String text) {
        int i = skipSpace(text, 0);
        if (i >= text.length() || text.charAt(i) != '[') {
            return false;
        }
        i = skipSpace(text, i + 1);
        return i < text.length() && text.charAt(i) == '{' && text.contains("\"rootTopic\"");
    }

    /** Every sheet of the file as a roadmap, in order. */
    static List<ImportResult> readAll(SourceText source) throws ImportException {
        List<Sheet> sheets = sheets(source);
        List<String> titles = sheets.stream().map(Sheet::title).toList();
        List<String> names = XmindTopic.sheetNames(source.fileName(), titles);
        List<ImportResult> results = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            // One sheet keeps the file as it is; of several, each keeps only its own sheet, which reads back alone.
            SourceText own = sheets.size() == 1 ? new SourceText(names.get(i), source.text(), source.warnings())
                    : new SourceText(names.get(i), "[" + source.text().substring(sheets.get(i).start(), sheets.get(i).end())
                    + "]", source.warnings());
            results.add(read(own, sheets.size() == 1 ? sheets.get(i).index() : 0, sheets.get(i).title()));
        }
        return results;
    }

    /** A sheet found by the first pass: its place among the array's objects and its span in the text. */
    private record Sheet(int index, String title, int start, int end) {
    }

    /** The first pass: the sheets that have a root topic, checking the whole file is well-formed JSON. */
    private static List<Sheet> sheets(SourceText source) throws ImportException {
        List<Sheet> sheets = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(source.text())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportException(source.fileName(), line(p), "expected an array of XMind sheets");
            }
            int index = 0;
            JsonToken t;
            while ((t = next(p)) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                long start = p.currentTokenLocation().getCharOffset();
                String title = "";
                boolean root = false;
                while (next(p) == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = next(p);
                    if (field.equals("title") && v == JsonToken.VALUE_STRING) {
                        title = p.getText();
                    } else {
                        root |= field.equals("rootTopic") && v == JsonToken.START_OBJECT;
                        p.skipChildren();
                    }
                }
                long end = p.currentTokenLocation().getCharOffset() + 1;
                if (root) {
                    if (sheets.size() == MAX_SHEETS) {
                        throw new ImportException(source.fileName(), line(p), "more than " + MAX_SHEETS + " sheets; refused");
                    }
                    sheets.add(new Sheet(index, title, (int) start, (int) end));
                }
                index++;
            }
            if (p.nextToken() != null) {
                throw new ImportException(source.fileName(), line(p), "text after the array of sheets");
            }
        } catch (JacksonException e) {
            throw malformed(source, e);
        } catch (IOException e) {
            throw new ImportException(source.fileName(), 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (sheets.isEmpty()) {
            throw new ImportException(source.fileName(), 1, "no sheet with a rootTopic: the XMind file has no topics");
        }
        return sheets;
    }

    /** The second pass: the {@code index}-th object of the array, read as one roadmap. */
    private static ImportResult read(SourceText source, int index, String sheetTitle) throws ImportException {
        OutlineBuilder b = new OutlineBuilder(source.fileName());
        try (JsonParser p = FACTORY.createParser(source.text())) {
            p.nextToken();
            int i = 0;
            JsonToken t;
            while ((t = next(p)) != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_OBJECT && i++ == index) {
                    return sheet(p, b, source, sheetTitle);
                }
                p.skipChildren();
            }
        } catch (JacksonException e) {
            throw malformed(source, e);
        } catch (IOException e) {
            throw new ImportException(source.fileName(), 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        throw new ImportException(source.fileName(), 0, "the sheet is missing from the file");
    }

    /** Reads a sheet object whose '{' was just read. */
    private static ImportResult sheet(JsonParser p, OutlineBuilder b, SourceText source, String sheetTitle)
            throws IOException, ImportException {
        Map<String, Integer> ids = new HashMap<>();
        List<Relationship> relationships = new ArrayList<>();
        while (next(p) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = next(p);
            if (field.equals("rootTopic") && v == JsonToken.START_OBJECT && b.size() == 0) {
                topics(p, b, ids);
            } else if (field.equals("relationships") && v == JsonToken.START_ARRAY) {
                relationships(p, relationships);
            } else {
                p.skipChildren();
            }
        }
        for (Relationship r : relationships) {
            Integer from = ids.get(r.end1());
            if (from == null) {
                b.warn(r.line(), "relationship from " + r.end1() + ", which no topic has; dropped");
            } else {
                b.connect(from, r.end2(), r.title(), r.line());
            }
        }
        String title = b.size() > 0 && !b.label(0).isEmpty() ? b.label(0) : Whitespace.oneLine(sheetTitle);
        return b.build(title, "xmind", source);
    }

    /** What a frame of the walk is inside: a topic's fields, its {@code children} object, or a list of topics. */
    private enum Kind { TOPIC, CHILDREN, LIST }

    /** One open JSON container of the topic tree. */
    private record Frame(Kind kind, XmindTopic topic, int parent) {
    }

    /** Reads a root topic whose '{' was just read, and every topic under it, with a stack instead of recursion. */
    private static void topics(JsonParser p, OutlineBuilder b, Map<String, Integer> ids) throws IOException, ImportException {
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(Kind.TOPIC, XmindTopic.start(b, OutlineBuilder.ROOT, line(p)), 0));
        int floating = 0;
        int floatingLine = 0;
        while (!open.isEmpty()) {
            Frame top = open.peek();
            JsonToken t = next(p);
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                if (top.kind() == Kind.TOPIC) {
                    top.topic().finish(b);
                }
                open.pop();
            } else if (top.kind() == Kind.LIST) {
                if (t == JsonToken.START_OBJECT) {
                    if (top.parent() == OutlineBuilder.ROOT && floating++ == 0) {
                        floatingLine = line(p);
                    }
                    open.push(new Frame(Kind.TOPIC, XmindTopic.start(b, top.parent(), line(p)), 0));
                } else {
                    p.skipChildren();
                }
            } else {
                String field = p.currentName();
                JsonToken v = next(p);
                if (top.kind() == Kind.CHILDREN) {
                    if (v == JsonToken.START_ARRAY) {
                        // Floating topics have no parent on the canvas: they become branches of their own.
                        int parent = field.equals("detached") ? OutlineBuilder.ROOT : top.topic().index;
                        open.push(new Frame(Kind.LIST, top.topic(), parent));
                    } else {
                        p.skipChildren();
                    }
                } else if (field.equals("children") && v == JsonToken.START_OBJECT) {
                    open.push(new Frame(Kind.CHILDREN, top.topic(), 0));
                } else {
                    field(p, b, top.topic(), field, v, ids);
                }
            }
        }
        if (floating > 0) {
            b.warn(floatingLine, floating + " floating topic(s) kept as branches beside the central topic");
        }
    }

    /** One field of a topic other than its children; its value's first token was just read. */
    private static void field(JsonParser p, OutlineBuilder b, XmindTopic topic, String field, JsonToken v,
                              Map<String, Integer> ids) throws IOException {
        boolean text = v == JsonToken.VALUE_STRING;
        switch (field) {
            case "title" -> {
                if (text) {
                    topic.title(b, p.getText());
                }
            }
            case "id" -> {
                if (text) {
                    ids.putIfAbsent(p.getText(), topic.index);
                    b.name(topic.index, p.getText(), line(p));
                }
            }
            case "href" -> {
                if (text) {
                    topic.href(b, p.getText(), line(p));
                }
            }
            case "branch" -> {
                if (text && p.getText().equals("folded")) {
                    b.setFolded(topic.index, true);
                }
            }
            case "labels" -> {
                if (v == JsonToken.START_ARRAY) {
                    for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
                        if (t == JsonToken.VALUE_STRING) {
                            topic.label(p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                }
            }
            case "markers" -> {
                if (v == JsonToken.START_ARRAY) {
                    for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
                        if (t == JsonToken.START_OBJECT) {
                            stringFields(p, "markerId", null).forEach(topic::marker);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
            }
            case "notes" -> {
                if (v == JsonToken.START_OBJECT) {
                    b.appendNote(topic.index, notes(p));
                }
            }
            default -> {
            }
        }
        p.skipChildren();
    }

    /** A topic's note: {@code notes.plain.content}, else the text of {@code notes.realHTML.content}. */
    private static String notes(JsonParser p) throws IOException {
        String plain = null;
        String html = null;
        while (next(p) == JsonToken.FIELD_NAME) {
            String kind = p.currentName();
            if (next(p) == JsonToken.START_OBJECT && (kind.equals("plain") || kind.equals("realHTML"))) {
                List<String> content = stringFields(p, "content", null);
                if (!content.isEmpty() && kind.equals("plain")) {
                    plain = content.get(0);
                } else if (!content.isEmpty()) {
                    html = content.get(0);
                }
            } else {
                p.skipChildren();
            }
        }
        return plain != null ? plain : html != null ? HtmlText.plain(html) : "";
    }

    /** The string values of fields named {@code a} or {@code b} in an object whose '{' was just read. */
    private static List<String> stringFields(JsonParser p, String a, String b) throws IOException {
        List<String> found = new ArrayList<>(1);
        while (next(p) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (next(p) == JsonToken.VALUE_STRING && (name.equals(a) || name.equals(b))) {
                found.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    /** An arrow the author drew between two topics, by their ids. */
    private record Relationship(String end1, String end2, String title, int line) {
    }

    private static void relationships(JsonParser p, List<Relationship> into) throws IOException {
        for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            int line = line(p);
            String end1 = "";
            String end2 = "";
            String title = "";
            while (next(p) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (next(p) == JsonToken.VALUE_STRING) {
                    switch (name) {
                        case "end1Id" -> end1 = p.getText();
                        case "end2Id" -> end2 = p.getText();
                        case "title" -> title = Whitespace.oneLine(p.getText());
                        default -> {
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            into.add(new Relationship(end1, end2, title, line));
        }
    }

    /** The next token; the end of the text inside a container is malformed JSON, not a quiet stop. */
    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of the file");
        }
        return t;
    }

    private static int line(JsonParser p) {
        JsonLocation at = p.currentTokenLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static ImportException malformed(SourceText source, JacksonException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        String column = at == null || at.getColumnNr() <= 0 ? "" : "column " + at.getColumnNr() + ": ";
        return new ImportException(source.fileName(), line, column + "malformed JSON (" + e.getOriginalMessage() + ")", e);
    }
}
