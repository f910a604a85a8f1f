package dev.crossmap.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo for a workspace: every user edit goes through {@link #perform}. */
public final class History {
    /** How many steps are kept. */
    public static final int LIMIT = 500;

    private final Workspace ws;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private boolean mayMerge;

    public History(Workspace ws) {
        this.ws = ws;
    }

    /** Applies an edit and makes it undoable; typing into the same note merges into one step. */
    public void perform(Edit edit) {
        edit.apply(ws);
        redo.clear();
        Edit last = undo.peek();
        Optional<Edit> merged = mayMerge && last != null ? last.absorb(edit) : Optional.empty();
        if (merged.isPresent()) {
            undo.pop();
            undo.push(merged.get());
        } else {
            undo.push(edit);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        mayMerge = true;
    }

    /** Ends the current merge run: the next edit is its own undo step (e.g. after the note lost focus). */
    public void seal() {
        mayMerge = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** "Undo progress of Idempotency", if there is anything to undo. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    public void undo() {
        Edit e = undo.poll();
        if (e != null) {
            e.revert(ws);
            redo.push(e);
        }
        mayMerge = false;
    }

    public void redo() {
        Edit e = redo.poll();
        if (e != null) {
            e.apply(ws);
            undo.push(e);
        }
        mayMerge = false;
    }

    /** Forgets every step (after opening another workspace). */
    public void clear() {
        undo.clear();
        redo.clear();
        mayMerge = false;
    }
}
