package dev.crossmap.document;

import java.util.Optional;

/**
 * One user edit that can be undone: it knows how to do itself, how to undo itself and what to call itself
 * in the Edit menu ("Undo note on Idempotency").
 */
public interface Edit {
    /** Makes the change. */
    void apply(Workspace ws);

    /** Takes the change back. */
    void revert(Workspace ws);

    /** Short description for the Undo/Redo menu items, e.g. "progress of Idempotency". */
    String description();

    /**
     * Folds a following edit into this one (typing in one note is one undo step, not one per key);
     * empty when the two are separate steps.
     */
    default Optional<Edit> absorb(Edit next) {
        return Optional.empty();
    }
}
