package dev.crossmap.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossmap.outline.ImportException;
import dev.crossmap.outline.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the work a crashed Crossmap left in recovery files and brings it back. Recovery files live in
 * {@code <settings folder>/recovery/}, one per window session.
 */
public final class Recovery {
    private Recovery() {
    }

    /**
     * One recovery file.
     *
     * @param file        the recovery file
     * @param workspaceOf the saved workspace the work belonged to, if it had been saved before
     * @param writtenAt   when it was written
     */
    public record Found(Path file, Optional<Path> workspaceOf, Instant writtenAt) {
    }

    /** The folder for recovery files under a settings folder. */
    public static Path folder(Path settingsFolder) {
        return settingsFolder.resolve("recovery");
    }

    /** A new recovery file name for this session. */
    public static Path fileFor(Path folder) {
        return folder.resolve("session-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis()
                + WorkspaceFile.EXTENSION);
    }

    /** Recovery files left behind, newest first; unreadable ones are skipped (they are never half-written). */
    public static List<Found> list(Path folder) {
        List<Found> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        ObjectMapper json = new ObjectMapper();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + WorkspaceFile.EXTENSION)) {
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    JsonNode mark = json.readTree(in).path(Autosave.MARK);
                    Optional<Path> of = mark.path("of").isTextual() ? Optional.of(Path.of(mark.path("of").asText()))
                            : Optional.empty();
                    Instant at = Instant.parse(mark.path("at").asText(Instant.EPOCH.toString()));
                    found.add(new Found(f, of, at));
                } catch (IOException | RuntimeException e) {
                    // Not a recovery file we wrote; leave it alone.
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Found::writtenAt).reversed());
        return found;
    }

    /** Reads the work from a recovery file, without the recovery mark. */
    public static WorkspaceFile.Loaded restore(Found found, Importer importer) throws ImportException {
        WorkspaceFile.Loaded loaded = WorkspaceFile.load(found.file(), importer);
        loaded.workspace().unknownFields().remove(Autosave.MARK);
        return loaded;
    }

    /** Deletes a recovery file the user chose not to restore (or has restored and saved). */
    public static void discard(Found found) throws IOException {
        Files.deleteIfExists(found.file());
    }
}
