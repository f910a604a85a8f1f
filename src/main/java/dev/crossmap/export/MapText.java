package dev.crossmap.export;

import dev.crossmap.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The text formats the whole map is exported to, each written atomically (a crash leaves the old file or the new). */
public enum MapText {
    MARKDOWN("md", "Markdown"),
    OPML("opml", "OPML"),
    FREEPLANE("mm", "Freeplane mind map");

    private final String extension;
    private final String displayName;

    MapText(String extension, String displayName) {
        this.extension = extension;
        this.displayName = displayName;
    }

    /** The file extension, without the dot: "md", "opml", "mm". */
    public String extension() {
        return extension;
    }

    /** What a user calls it: "Markdown", "OPML", "Freeplane mind map". */
    public String displayName() {
        return displayName;
    }

    /** The format for an extension ("md", "opml", "mm"), ignoring case. */
    public static Optional<MapText> byExtension(String ext) {
        for (MapText f : values()) {
            if (f.extension.equals(ext.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The outline in this format. */
    public String text(MapOutline outline) {
        return switch (this) {
            case MARKDOWN -> MapMarkdown.of(outline);
            case OPML -> MapOpml.of(outline);
            case FREEPLANE -> MapFreeplane.of(outline);
        };
    }

    /** Writes the outline in this format to {@code file}, replacing it atomically. */
    public void write(MapOutline outline, Path file) throws IOException {
        AtomicFile.write(file, text(outline).getBytes(StandardCharsets.UTF_8));
    }
}
