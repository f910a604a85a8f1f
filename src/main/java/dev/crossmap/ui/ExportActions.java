package dev.crossmap.ui;

import dev.crossmap.app.BackgroundTask;
import dev.crossmap.app.TaskExecutor;
import dev.crossmap.export.CoverageCsv;
import dev.crossmap.export.CurriculumMarkdown;
import dev.crossmap.export.CurriculumOpml;
import dev.crossmap.export.Decorations;
import dev.crossmap.export.MapImage;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Atlas;
import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.paint.MapStyle;
import dev.crossmap.io.AtomicFile;
import dev.crossmap.document.Workspace;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File &gt; Export: the map (current view or whole) as PNG or SVG, the whole map as Markdown, OPML or a
 * Freeplane .mm, the coverage matrix as CSV or PNG, the merged curriculum as Markdown or OPML. Files are written off the FX thread, atomically.
 */
final class ExportActions {
    /** What to write, given the file chosen. */
    interface Writer {
        void write(Path file) throws Exception;
    }

    private final Window owner;
    private final Consumer<String> status;
    private final TaskExecutor executor;
    /** File > Export > Pictures in the Window's Look: off (light pictures, for sharing and printing) unless chosen. */
    private final BooleanProperty windowLook = new SimpleBooleanProperty(false);

    ExportActions(Window owner, Consumer<String> status, TaskExecutor executor) {
        this.owner = owner;
        this.status = status;
        this.executor = executor;
    }

    BooleanProperty windowLookProperty() {
        return windowLook;
    }

    /** The look pictures are drawn in: light, or the window's when the user asked for it. */
    MapStyle pictureStyle() {
        return windowLook.get() ? Theme.current().get().mapStyle() : MapStyle.LIGHT;
    }

    void mapImage(MindMapView map, Workspace ws, Atlas atlas, boolean wholeMap, boolean svg) {
        String ext = svg ? "svg" : "png";
        choose((wholeMap ? "Export the whole map" : "Export the current view") + " as " + ext.toUpperCase(),
                "crossmap-" + (wholeMap ? "map" : "view") + "." + ext, ext, mapPicture(map, ws, atlas, wholeMap, svg, pictureStyle()));
    }

    /** Writes the map as it is now (taken on the FX thread) as a picture, drawn by the window's painter. */
    static Writer mapPicture(MindMapView map, Workspace ws, Atlas atlas, boolean wholeMap, boolean svg, MapStyle style) {
        MapGeometry g = map.getGeometry();
        Viewport frame = wholeMap ? MapImage.wholeMap(g) : map.getViewport();
        Decorations marks = Decorations.of(ws.annotations(), atlas);
        return file -> {
            if (svg) {
                MapImage.svg(g, frame, marks, style, file);
            } else {
                MapImage.png(g, frame, marks, style, file);
            }
        };
    }

    void coverageCsv(Atlas atlas) {
        choose("Export the coverage matrix as CSV", "coverage.csv", "csv",
                file -> AtomicFile.write(file, CoverageCsv.of(CoverageMatrix.of(atlas)).getBytes(StandardCharsets.UTF_8)));
    }

    void coveragePng(Atlas atlas) {
        MapStyle style = pictureStyle();
        choose("Export the coverage matrix as PNG", "coverage.png", "png",
                file -> dev.crossmap.export.CoverageImage.png(CoverageMatrix.of(atlas), style, file));
    }

    void curriculum(Atlas atlas, Workspace ws, boolean opml) {
        String ext = opml ? "opml" : "md";
        choose("Export the merged curriculum as " + (opml ? "OPML" : "Markdown"), "merged-curriculum." + ext, ext, file -> {
            MergedCurriculum c = MergedCurriculum.of(atlas);
            String text = opml ? CurriculumOpml.of(c, Optional.of(ws), "Merged curriculum")
                    : CurriculumMarkdown.of(c, Optional.of(ws), "Merged curriculum");
            AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The whole map (every roadmap a branch, with notes, progress, tags and links) as Markdown, OPML or .mm. */
    void wholeMap(Workspace ws, dev.crossmap.export.MapText format) {
        // Taken on the FX thread: the learner may go on editing while the file is written.
        dev.crossmap.export.MapOutline outline = dev.crossmap.export.MapOutline.of("Crossmap", ws.roadmaps(), Optional.of(ws));
        choose("Export the whole map as " + format.displayName(), "crossmap-map." + format.extension(), format.extension(),
                file -> format.write(outline, file));
    }

    private void choose(String title, String initialName, String ext, Writer writer) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase() + " file", "*." + ext));
        File chosen = fc.showSaveDialog(owner);
        if (chosen != null) {
            Path file = chosen.getName().contains(".") ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + "." + ext);
            writeTo(file, writer);
        }
    }

    /** Writes in the background and says how it went in the status bar. */
    void writeTo(Path file, Writer writer) {
        status.accept("Exporting " + file.getFileName() + "\u2026");
        executor.execute(BackgroundTask.of(() -> {
            writer.write(file);
            return file;
        }).onSuccess(f -> status.accept("Exported " + f))
                .onFailure(t -> status.accept("Could not export " + file.getFileName() + ": " + t.getMessage())));
    }
}
