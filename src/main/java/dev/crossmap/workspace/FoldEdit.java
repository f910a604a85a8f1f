package dev.crossmap.workspace;

import dev.crossmap.model.TopicId;
import java.util.HashSet;
import java.util.Set;

/**
 * Folds or unfolds topics as one undoable step. Only the topics whose state really changes are recorded,
 * so undo restores exactly what was there.
 *
 * @param topics      the topics that change
 * @param fold        true to fold them, false to unfold
 * @param description what the Undo menu says
 */
public record FoldEdit(Set<TopicId> topics, boolean fold, String description) implements Edit {
    public FoldEdit {
        topics = Set.copyOf(topics);
    }

    /** Folds or unfolds {@code candidates}, recording only those not already in that state. */
    public static FoldEdit of(Workspace ws, Iterable<TopicId> candidates, boolean fold, String description) {
        Set<TopicId> changing = new HashSet<>();
        for (TopicId id : candidates) {
            if (ws.isFolded(id) != fold) {
                changing.add(id);
            }
        }
        return new FoldEdit(changing, fold, description);
    }

    @Override
    public void apply(Workspace ws) {
        ws.setFolded(topics, fold);
    }

    @Override
    public void revert(Workspace ws) {
        ws.setFolded(topics, !fold);
    }
}
