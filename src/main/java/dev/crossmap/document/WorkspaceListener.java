package dev.crossmap.document;

import dev.crossmap.model.TopicId;
import java.util.Set;

/** Hears about changes to a {@link Workspace}; every method has a no-op default. */
public interface WorkspaceListener {
    /** Notes, progress or tags of these topics changed. */
    default void annotationsChanged(Set<TopicId> topics) {
    }

    /** These topics were folded or unfolded. */
    default void foldingChanged(Set<TopicId> topics) {
    }

    /** Curation decisions changed (links confirmed, rejected, added, a concept split). */
    default void decisionsChanged() {
    }

    /** Roadmaps were added, removed or re-imported. */
    default void roadmapsChanged() {
    }
}
