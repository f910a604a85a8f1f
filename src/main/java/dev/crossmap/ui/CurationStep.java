package dev.crossmap.ui;

import dev.crossmap.matching.Curation;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Link;
import dev.crossmap.workspace.DecisionEdit;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One thing the user decided in the concepts panel (confirm or reject a link), handed to whoever owns the
 * workspace: {@code history.perform(step.edit(ws.decisions()))}, then re-match and refresh the panel.
 *
 * @param description what the Undo menu says, e.g. "reject link Idempotency – idempotency"
 * @param link        the link decided about
 * @param change      the decision, as a change of the curation
 */
record CurationStep(String description, Link link, UnaryOperator<Curation> change) {
    CurationStep {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(change, "change");
    }

    /** Keep a suggested link whatever the matcher says next time. */
    static CurationStep confirm(Link link, String between) {
        return new CurationStep("confirm link " + between, link, c -> c.confirm(link));
    }

    /** Drop a link; the two are never suggested again. */
    static CurationStep reject(Link link, String between) {
        return new CurationStep("reject link " + between, link, c -> c.reject(link));
    }

    /** The curation after this step. */
    Curation applyTo(Curation before) {
        return change.apply(before);
    }

    /** This step as one undoable edit of a workspace whose decisions are {@code current}. */
    DecisionEdit edit(List<Decision> current) {
        return new DecisionEdit(current, applyTo(new Curation(current)).decisions(), description);
    }
}
