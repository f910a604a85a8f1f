package dev.crossmap.app;

import dev.crossmap.document.AnnotationEdit;
import dev.crossmap.document.Workspace;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import dev.crossmap.overlap.CurriculumItem;
import java.util.HashSet;
import java.util.Set;

/**
 * What the learner writes on topics, as undoable edits of the open document: progress (shared across every
 * place a concept is written, when the workspace says so), and notes. The one place where "the same concept"
 * decides which topics an edit touches, for the roadmaps' map, the outline, the side panel and the merged map.
 */
public final class TopicActions {
    private final DocumentSession session;

    public TopicActions(DocumentSession session) {
        this.session = session;
    }

    /**
     * Sets a topic's progress; with {@link Workspace#shareConceptProgress()} on, every occurrence of its concept
     * gets it too, as one undo step.
     */
    public void setProgress(TopicId topic, Progress progress) {
        Workspace ws = session.workspace();
        Set<TopicId> targets = ws.shareConceptProgress() ? sameConcept(topic) : Set.of(topic);
        session.history().perform(AnnotationEdit.of(ws, targets, a -> a.withProgress(progress), "progress of " + labelOf(topic)));
    }

    /** A merged item is every place its concept is written: progress goes to all of them, as one undo step. */
    public void setProgress(CurriculumItem item, Progress progress) {
        session.history().perform(AnnotationEdit.of(session.workspace(), item.topics(), a -> a.withProgress(progress),
                "progress of " + item.label()));
    }

    /** The note of a topic as typed so far; consecutive keystrokes merge into one undo step. */
    public void typeNote(TopicId topic, String text) {
        session.history().perform(AnnotationEdit.typing(session.workspace(), topic, text, labelOf(topic)));
    }

    /**
     * Typing a note on a merged item writes it on one of its topics (by default {@link CurriculumItem#primary()});
     * consecutive keystrokes merge into one undo step, as in the roadmap map.
     *
     * @throws IllegalArgumentException if the topic is not one the item stands for
     */
    public void typeNote(CurriculumItem item, TopicId topic, String text) {
        if (!item.topics().contains(topic)) {
            throw new IllegalArgumentException(topic + " is not a topic of " + item.label());
        }
        session.history().perform(AnnotationEdit.typing(session.workspace(), topic, text, item.label()));
    }

    /** The topics that are the same concept as {@code id} (itself included). */
    public Set<TopicId> sameConcept(TopicId id) {
        Set<TopicId> out = new HashSet<>();
        out.add(id);
        session.occurrencesOf(id).forEach(o -> out.add(o.topic().id()));
        return out;
    }

    private String labelOf(TopicId id) {
        return session.workspace().topic(id).map(l -> l.topic().label()).orElse("topic");
    }
}
