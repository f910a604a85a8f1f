package dev.crossmap.workspace;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace file ({@code *.crossmap.json}): the roadmaps' source text with their names, so the file is
 * complete on its own. Written atomically; a damaged file is refused with file, line and column.
 */
public final class WorkspaceFile {
    /** The file name ending Crossmap gives workspaces. */
    public static final String EXTENSION = ".crossmap.json";
    /** The format version this build writes. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(200)
                    .maxStringLength(512 * 1024 * 1024)
                    .build())
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private WorkspaceFile() {
    }

    /** Whether a file name looks like a workspace. */
    public static boolean isWorkspace(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(EXTENSION);
    }

    /** Saves the roadmaps as a workspace, atomically. */
    public static void save(Path file, List<Roadmap> roadmaps) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode maps = root.putArray("roadmaps");
        for (Roadmap r : roadmaps) {
            ObjectNode m = maps.addObject();
            m.put("name", r.name());
            m.put("format", r.format());
            m.put("source", r.sourceText());
        }
        AtomicFile.write(file, MAPPER.writeValueAsBytes(root));
    }

    /** Loads a workspace, importing each roadmap again from its stored source. */
    public static List<ImportResult> load(Path file, Importer importer) throws ImportException {
        String shown = file.toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(shown, 0, "no such file");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String what = e instanceof JsonParseException ? e.getOriginalMessage() : e.getOriginalMessage();
            throw new ImportException(shown, line, "column " + col + ": not a valid workspace (" + what + ")");
        } catch (IOException e) {
            throw new ImportException(shown, 0, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.path("formatVersion").isInt()) {
            throw new ImportException(shown, 1, "not a Crossmap workspace (expected an object with \"formatVersion\")");
        }
        int version = root.path("formatVersion").asInt();
        if (version > FORMAT_VERSION) {
            throw new ImportException(shown, 1, "written by a newer Crossmap (format " + version
                    + "; this one reads up to " + FORMAT_VERSION + ")");
        }
        List<ImportResult> results = new ArrayList<>();
        JsonNode maps = root.path("roadmaps");
        if (!maps.isArray()) {
            throw new ImportException(shown, 1, "expected \"roadmaps\" to be a list");
        }
        for (JsonNode m : maps) {
            if (!m.path("name").isTextual() || !m.path("source").isTextual()) {
                throw new ImportException(shown, 1, "each roadmap needs a \"name\" and a \"source\" text");
            }
            results.add(importer.importBytes(m.get("name").asText(),
                    m.get("source").asText().getBytes(StandardCharsets.UTF_8)));
        }
        return results;
    }
}
