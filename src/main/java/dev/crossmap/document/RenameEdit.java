package dev.crossmap.document;

import dev.crossmap.model.TopicId;
import java.util.Optional;

/**
 * Renames a concept as one undoable step.
 *
 * @param member      a topic of the concept, which keys the name
 * @param before      the name it had ("" for the matcher's label)
 * @param after       the new name ("" gives the matcher's label back)
 * @param description what the Undo menu says
 */
public record RenameEdit(TopicId member, String before, String after, String description) implements Edit {
    public RenameEdit {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** Renames the concept of {@code member} from what the workspace has now. */
    public static RenameEdit of(Workspace ws, TopicId member, String name) {
        String old = Optional.ofNullable(ws.conceptNames().get(member)).orElse("");
        return new RenameEdit(member, old, name, "rename concept to " + name);
    }

    @Override
    public void apply(Workspace ws) {
        ws.setConceptName(member, after);
    }

    @Override
    public void revert(Workspace ws) {
        ws.setConceptName(member, before);
    }
}
