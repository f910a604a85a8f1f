package dev.crossmap.app;

import dev.crossmap.document.Workspace;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportWarning;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What a {@link DocumentSession} tells the views; every method has a default so a view takes only what it shows. */
public interface SessionListener {
    /** A new document is open (new, opened, restored): views bind to it. */
    default void documentReplaced(Workspace ws) {
    }

    /** Notes, progress or tags of these topics changed. */
    default void annotationsChanged(Set<TopicId> topics) {
    }

    /** The workspace's folds changed (an edit, undo or redo). */
    default void foldingChanged(Set<TopicId> topics) {
    }

    /** Roadmaps were added, replaced or removed. */
    default void roadmapsChanged() {
    }

    /** A re-match finished: these are the overlaps now. */
    default void atlasChanged(Atlas atlas) {
    }

    /** The document changed in a way the title or the progress summary may show. */
    default void edited() {
    }

    /** Long work started ("Opening 3 file(s)") or ended (null). */
    default void working(String what) {
    }

    /** A line for the status bar. */
    default void status(String text) {
    }

    /** Something failed that the user must read (a dialog). */
    default void failed(String header, String message) {
    }

    /** The import warnings of what is open changed. */
    default void warningsChanged(List<ImportWarning> warnings) {
    }

    /** A file was opened, added or saved (for Open Recent). */
    default void fileUsed(Path file) {
    }
}
