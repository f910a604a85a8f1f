package dev.crossmap.outline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a roadmap.sh JSON file and hands each element the reader needs to a {@link Sink}, with the line it starts
 * on: the editor format's {@code nodes} and {@code edges}, the mockup format's {@code mockup.controls.control}.
 * Streams the file, so only one element is a tree at a time and the reader keeps what it needs of it; nesting
 * and sizes are bounded, so hostile input ends in an {@link ImportException} with a line.
 *
 * @param mockup  whether the file has a {@code mockup} object
 * @param content topic descriptions Crossmap embedded under {@link #CONTENT_FIELD}, by path under
 *                {@code content/} ("basics@abc.md" → markdown)
 */
record RoadmapShJson(boolean mockup, Map<String, String> content) {
    /** The top-level field that carries a content folder's files inside the JSON, so a workspace keeps them. */
    static final String CONTENT_FIELD = "x-crossmap-content";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(48)
                    .maxStringLength(64 * 1024 * 1024)
                    .maxNumberLength(64)
                    .maxNameLength(10_000)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Receives one array element as a tree and the 1-based line its object starts on. */
    interface Sink {
        void accept(JsonNode json, int line);
    }

    /** Whether the top level is an object with {@code nodes} and {@code edges} arrays or a {@code mockup} object. */
    static boolean looksLikeRoadmapSh(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first >= text.length() || text.charAt(first) != '{') {
            return false;
        }
        boolean editor = text.contains("\"nodes\"") && text.contains("\"edges\"");
        if (!editor && !text.contains("\"mockup\"")) {
            return false;
        }
        boolean nodes = false;
        boolean edges = false;
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                nodes |= name.equals("nodes") && value == JsonToken.START_ARRAY;
                edges |= name.equals("edges") && value == JsonToken.START_ARRAY;
                // Once a nodes array is seen, the edges (named in the text) decide without tokenising every node.
                if ((nodes && (edges || editor)) || (name.equals("mockup") && value == JsonToken.START_OBJECT)) {
                    return true;
                }
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // Broken JSON that names roadmap.sh's fields: reading it reports where it breaks.
            return true;
        }
    }

    /** Reads the file into the sinks; malformed JSON is an {@link ImportException} naming the line. */
    static RoadmapShJson parse(SourceText source, Sink nodes, Sink edges, Sink controls) throws ImportException {
        Map<String, String> content = new LinkedHashMap<>();
        boolean mockup = false;
        JsonParser p = null;
        try {
            p = FACTORY.createParser(source.text());
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(source.fileName(), line(p), "not a roadmap.sh file: expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY && (name.equals("nodes") || name.equals("edges"))) {
                    readArray(p, name.equals("nodes") ? nodes : edges);
                } else if (value == JsonToken.START_OBJECT && name.equals("mockup")) {
                    mockup = true;
                    readMockup(p, controls);
                } else if (value == JsonToken.START_OBJECT && name.equals(CONTENT_FIELD)) {
                    readContent(p, content);
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new ImportException(source.fileName(), line(p), "not valid JSON: the top-level object does not end");
            }
            if (p.nextToken() != null) {
                throw new ImportException(source.fileName(), line(p), "not valid JSON: text after the top-level object");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at != null && at.getLineNr() > 0 ? at.getLineNr() : line(p);
            throw new ImportException(source.fileName(), line, "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ImportException(source.fileName(), line(p), "cannot be read as JSON (" + e.getMessage() + ")");
        } finally {
            close(p);
        }
        return new RoadmapShJson(mockup, content);
    }

    /** {@code mockup.controls.control}: other mockup fields are skipped. */
    private static void readMockup(JsonParser p, Sink controls) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("controls") && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonToken inner = p.nextToken();
                    if (p.currentName().equals("control") && inner == JsonToken.START_ARRAY) {
                        readArray(p, controls);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The elements of the array the parser stands at; elements that are not objects are skipped. */
    private static void readArray(JsonParser p, Sink into) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT) {
                int line = line(p);
                into.accept(MAPPER.readTree(p), line);
            } else {
                p.skipChildren();
            }
        }
    }

    private static void readContent(JsonParser p, Map<String, String> into) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                into.put(name, p.getText());
            } else {
                p.skipChildren();
            }
        }
    }

    private static int line(JsonParser p) {
        if (p == null) {
            return 0;
        }
        JsonLocation at = p.currentTokenLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // Parsing a String: closing cannot fail in a way the user could act on.
            }
        }
    }
}
