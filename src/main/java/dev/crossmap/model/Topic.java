package dev.crossmap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One topic of an imported roadmap: a heading, bullet, numbered item or outline node.
 * Immutable; what the user adds later (notes, progress, tags) is kept beside it, keyed by {@link #id()}.
 *
 * @param id         stable identity, derived from the roadmap name and the path of labels
 * @param parent     the parent topic, or {@code null} for a top-level topic (see {@link #parentId()})
 * @param label      the clean label a reader sees ("Indexing", not "**Indexing:**")
 * @param sourceText the line (or node text) exactly as it stood in the file, after encoding repair
 * @param line       1-based line in the source file where the topic starts
 * @param depth      0 for top-level topics
 * @param meta       hours and spans moved out of the label
 * @param checked    the progress an author recorded with a checkbox ({@code - [x]}), if any
 * @param note       prose the author wrote under the topic, or "" when there is none
 * @param folded     whether the source file had this topic folded (Freeplane {@code FOLDED="true"})
 */
public record Topic(TopicId id, TopicId parent, String label, String sourceText, int line, int depth,
                    TopicMeta meta, Optional<Progress> checked, String note, boolean folded) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        sourceText = sourceText == null ? label : sourceText;
        meta = meta == null ? TopicMeta.NONE : meta;
        checked = checked == null ? Optional.empty() : checked;
        note = note == null ? "" : note;
    }

    /** The parent topic's id; empty for a top-level topic. */
    public Optional<TopicId> parentId() {
        return Optional.ofNullable(parent);
    }
}
