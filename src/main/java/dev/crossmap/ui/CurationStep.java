package dev.crossmap.ui;

import dev.crossmap.matching.Curation;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Link;
import dev.crossmap.document.DecisionEdit;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One thing the user decided in the concepts panel (confirm or reject a link, add a place to a concept,
 * split a concept), handed to whoever owns the workspace: {@code history.perform(step.edit(ws.decisions()))},
 * then re-match and refresh the panel.
 *
 * @param description what the Undo menu says, e.g. "reject link Idempotency – idempotency"
 * @param change      the decision, as a change of the curation
 */
record CurationStep(String description, UnaryOperator<Curation> change) {
    CurationStep {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
    }

    /** Keep a suggested link whatever the matcher says next time. */
    static CurationStep confirm(Link link, String between) {
        return new CurationStep("confirm link " + between, c -> c.confirm(link));
    }

    /** Drop a link; the two are never suggested again. */
    static CurationStep reject(Link link, String between) {
        return new CurationStep("reject link " + between, c -> c.reject(link));
    }

    /** Accepts a suggested overlap: the two places become one concept. */
    static CurationStep confirm(dev.crossmap.model.Suggestion s, String between) {
        return new CurationStep("confirm suggestion " + between, c -> c.confirm(s));
    }

    /** Turns a suggested overlap down; it is never suggested again. */
    static CurationStep reject(dev.crossmap.model.Suggestion s, String between) {
        return new CurationStep("reject suggestion " + between, c -> c.reject(s));
    }

    /** Puts another topic into a concept: a same-as link the matcher did not find. */
    static CurationStep addPlace(dev.crossmap.model.Concept concept, dev.crossmap.model.TopicId topic, String label) {
        dev.crossmap.model.TopicId anchor = concept.members().get(0).vertex();
        return new CurationStep("add " + label + " to " + concept.label(),
                c -> c.add(anchor, topic, dev.crossmap.model.LinkKind.SAME_AS));
    }

    /** Splits the chosen places off a concept; no re-match joins the two parts again. */
    static CurationStep split(dev.crossmap.model.Concept concept, java.util.Set<dev.crossmap.model.TopicId> part) {
        return new CurationStep("split " + concept.label(), c -> c.split(concept, part));
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
