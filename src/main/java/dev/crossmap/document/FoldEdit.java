package dev.crossmap.document;

import dev.crossmap.model.TopicId;
import java.util.HashSet;
import java.util.Set;

/**
 * Folds some topics and unfolds others as one undoable step (a click on a fold handle, "unfold to level 3",
 * a jump that unfolds what hid its target). Only topics whose state really changes are recorded.
 *
 * @param fold        topics that get folded
 * @param unfold      topics that get unfolded
 * @param description what the Undo menu says
 */
public record FoldEdit(Set<TopicId> fold, Set<TopicId> unfold, String description) implements Edit {
    public FoldEdit {
        fold = Set.copyOf(fold);
        unfold = Set.copyOf(unfold);
    }

    /** Folds or unfolds {@code candidates}, recording only those not already in that state. */
    public static FoldEdit of(Workspace ws, Iterable<TopicId> candidates, boolean fold, String description) {
        Set<TopicId> changing = new HashSet<>();
        for (TopicId id : candidates) {
            if (ws.isFolded(id) != fold) {
                changing.add(id);
            }
        }
        return fold ? new FoldEdit(changing, Set.of(), description) : new FoldEdit(Set.of(), changing, description);
    }

    /** The step that makes the workspace's folds exactly {@code wanted}. */
    public static FoldEdit toward(Workspace ws, Set<TopicId> wanted, String description) {
        Set<TopicId> now = ws.folded();
        Set<TopicId> add = new HashSet<>(wanted);
        add.removeAll(now);
        Set<TopicId> remove = new HashSet<>(now);
        remove.removeAll(wanted);
        return new FoldEdit(add, remove, description);
    }

    /** Whether this step changes nothing. */
    public boolean isEmpty() {
        return fold.isEmpty() && unfold.isEmpty();
    }

    @Override
    public void apply(Workspace ws) {
        ws.setFolded(fold, true);
        ws.setFolded(unfold, false);
    }

    @Override
    public void revert(Workspace ws) {
        ws.setFolded(unfold, true);
        ws.setFolded(fold, false);
    }
}
