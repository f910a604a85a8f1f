package dev.crossmap.matching;

import dev.crossmap.model.Concept;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The user's curation of the atlas: an immutable list of {@link Decision}s, newest last, at most one per
 * pair and kind. Pass {@link #decisions()} to {@link Matcher#match} to re-match with them; a workspace
 * saves the same list.
 *
 * @param decisions the decisions, oldest first
 */
public record Curation(List<Decision> decisions) {
    public Curation {
        decisions = List.copyOf(decisions);
    }

    /** No decisions yet. */
    public static Curation none() {
        return new Curation(List.of());
    }

    /** Keeps a suggested link whatever the matcher says next time. */
    public Curation confirm(Link link) {
        return with(new Decision(Decision.Action.CONFIRM, link.source(), link.target(), link.kind()));
    }

    /** Accepts a suggestion: the two places are one concept from now on, whatever the matcher says. */
    public Curation confirm(dev.crossmap.model.Suggestion s) {
        return with(new Decision(Decision.Action.CONFIRM, s.a(), s.b(), LinkKind.SAME_AS));
    }

    /** Turns a suggestion down: the two places are never suggested again, nor put in one concept. */
    public Curation reject(dev.crossmap.model.Suggestion s) {
        return with(new Decision(Decision.Action.REJECT, s.a(), s.b(), LinkKind.SAME_AS));
    }

    /** Drops a link; the two are never suggested again (for SAME_AS: never put in one concept). */
    public Curation reject(Link link) {
        return with(new Decision(Decision.Action.REJECT, link.source(), link.target(), link.kind()));
    }

    /** Draws a link the matcher did not suggest. */
    public Curation add(TopicId a, TopicId b, LinkKind kind) {
        return with(new Decision(Decision.Action.ADD, a, b, kind));
    }

    /**
     * Splits a concept in two: the occurrences in {@code part} and the rest. Every pair across the cut is
     * rejected, so no re-match joins the two halves again, whichever links it finds.
     */
    public Curation split(Concept concept, Set<TopicId> part) {
        Curation c = this;
        for (Occurrence x : concept.members()) {
            if (!part.contains(x.vertex())) {
                continue;
            }
            for (Occurrence y : concept.members()) {
                if (!part.contains(y.vertex())) {
                    c = c.with(new Decision(Decision.Action.REJECT, x.vertex(), y.vertex(), LinkKind.SAME_AS));
                }
            }
        }
        return c;
    }

    /** This curation with {@code d} replacing any earlier decision on the same pair and kind. */
    private Curation with(Decision d) {
        List<Decision> out = new ArrayList<>(decisions.size() + 1);
        for (Decision old : decisions) {
            if (!(old.kind() == d.kind() && old.concerns(d.a(), d.b()))) {
                out.add(old);
            }
        }
        out.add(d);
        return new Curation(out);
    }
}
