package dev.crossmap.document;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.TopicId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Changes the notes, progress or tags of one or more topics (several when progress spreads across a
 * concept) as one undoable step.
 *
 * @param before      each topic's annotation before
 * @param after       each topic's annotation after
 * @param description what the Undo menu says
 * @param typingIn    the topic whose note is being typed, so consecutive keystrokes merge; empty otherwise
 */
public record AnnotationEdit(Map<TopicId, Annotation> before, Map<TopicId, Annotation> after, String description,
                             Optional<TopicId> typingIn) implements Edit {
    public AnnotationEdit {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        typingIn = typingIn == null ? Optional.empty() : typingIn;
    }

    /** What tells the time an edit is made (tests set a fixed clock). */
    private static volatile java.time.Clock clock = java.time.Clock.systemUTC();

    /** Sets the clock that stamps edits (tests); {@code null} is the system clock. */
    public static void useClock(java.time.Clock c) {
        clock = c == null ? java.time.Clock.systemUTC() : c;
    }

    /** An edit that sets each topic's annotation to what {@code change} makes of it, stamped with the time. */
    public static AnnotationEdit of(Workspace ws, Iterable<TopicId> topics,
                                    java.util.function.UnaryOperator<Annotation> change, String description) {
        Map<TopicId, Annotation> b = new HashMap<>();
        Map<TopicId, Annotation> a = new HashMap<>();
        for (TopicId id : topics) {
            Annotation old = ws.annotation(id);
            b.put(id, old);
            a.put(id, change.apply(old).withEdited(clock.millis()));
        }
        return new AnnotationEdit(b, a, description, Optional.empty());
    }

    /** Typing in a note: consecutive edits of the same note become one undo step. */
    public static AnnotationEdit typing(Workspace ws, TopicId topic, String newNote, String label) {
        Annotation old = ws.annotation(topic);
        return new AnnotationEdit(Map.of(topic, old), Map.of(topic, old.withNote(newNote).withEdited(clock.millis())), "note on " + label,
                Optional.of(topic));
    }

    @Override
    public void apply(Workspace ws) {
        ws.setAnnotations(after);
    }

    @Override
    public void revert(Workspace ws) {
        ws.setAnnotations(before);
    }

    @Override
    public Optional<Edit> absorb(Edit next) {
        if (typingIn.isPresent() && next instanceof AnnotationEdit n && typingIn.equals(n.typingIn)) {
            return Optional.of(new AnnotationEdit(before, n.after, description, typingIn));
        }
        return Optional.empty();
    }
}
