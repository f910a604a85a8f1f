package dev.crossmap.document;

import dev.crossmap.model.Decision;
import java.util.List;

/**
 * A curation step (confirm, reject or add a link, split a concept) as one undoable edit: the decisions
 * before and after.
 *
 * @param before      decisions before
 * @param after       decisions after
 * @param description what the Undo menu says
 */
public record DecisionEdit(List<Decision> before, List<Decision> after, String description) implements Edit {
    public DecisionEdit {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public void apply(Workspace ws) {
        ws.setDecisions(after);
    }

    @Override
    public void revert(Workspace ws) {
        ws.setDecisions(before);
    }
}
