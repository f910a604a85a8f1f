package dev.crossmap.ui;

import dev.crossmap.app.DocumentSession;
import dev.crossmap.document.FoldEdit;
import dev.crossmap.document.Workspace;
import dev.crossmap.layout.MapTree;
import dev.crossmap.model.TopicId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;

/**
 * Keeps the map's folds and the workspace's in step, both ways, without echo: folding on the map becomes one
 * undoable edit per pulse; an edit, undo or redo of the workspace folds the map. The merged view's folds are
 * its own and never reach the workspace. Also guards selection changes the pane makes itself, so they are
 * not taken for the user's.
 */
final class FoldSync {
    private final MindMapView map;
    private final DocumentSession session;
    private final BooleanSupplier merged;
    /** The pane is setting the map's folds itself: not a user's fold. */
    private boolean applying;
    /** A sync from the map is already queued for this pulse. */
    private boolean queued;
    /** The pane is selecting in the map or the outline itself: not a user's selection. */
    private boolean selecting;

    FoldSync(MindMapView map, DocumentSession session, BooleanSupplier merged) {
        this.map = map;
        this.session = session;
        this.merged = merged;
        map.getFoldedTopics().addListener((SetChangeListener<TopicId>) c -> {
            if (!applying && !queued) {
                queued = true;
                Platform.runLater(this::fromMap);
            }
        });
    }

    /** Sets the map's folds without making an edit of them. */
    void apply(Collection<TopicId> folds) {
        applying = true;
        try {
            map.setFoldedTopics(folds);
        } finally {
            applying = false;
        }
    }

    /** Runs something that sets the map's folds itself (a first view), so it is not taken for the user's fold. */
    <T> T applying(java.util.function.Supplier<T> work) {
        applying = true;
        try {
            return work.get();
        } finally {
            applying = false;
        }
    }

    /** The workspace's folds changed (an edit, undo or redo, a new workspace): the map follows. */
    void fromWorkspace() {
        if (merged.getAsBoolean()) {
            return;
        }
        Set<TopicId> wanted = new HashSet<>();
        MapTree mapTree = map.getGeometry().tree();
        for (TopicId id : session.workspace().folded()) {
            if (mapTree.node(id).isPresent()) {
                wanted.add(id);
            }
        }
        if (!wanted.equals(map.getFoldedTopics())) {
            apply(wanted);
        }
    }

    /** The user folded or unfolded on the map: one undoable step for everything that changed in this pulse. */
    private void fromMap() {
        queued = false;
        if (merged.getAsBoolean()) {
            return; // folds of the merged view are the view's own; the roadmaps keep theirs
        }
        Workspace ws = session.workspace();
        MapTree mapTree = map.getGeometry().tree();
        Set<TopicId> wanted = new HashSet<>(map.getFoldedTopics());
        for (TopicId id : ws.folded()) {
            if (mapTree.node(id).isEmpty()) {
                wanted.add(id); // folds in hidden roadmaps stay
            }
        }
        FoldEdit edit = FoldEdit.toward(ws, wanted, describe(ws, wanted, ws.folded()));
        if (!edit.isEmpty()) {
            session.history().perform(edit);
        }
    }

    private static String describe(Workspace ws, Set<TopicId> wanted, Set<TopicId> before) {
        Set<TopicId> changed = new HashSet<>(wanted);
        changed.addAll(before);
        Set<TopicId> both = new HashSet<>(wanted);
        both.retainAll(before);
        changed.removeAll(both);
        if (changed.size() == 1) {
            TopicId id = changed.iterator().next();
            String label = ws.topic(id).map(l -> l.topic().label()).orElse("branch");
            return (wanted.contains(id) ? "fold " : "unfold ") + label;
        }
        return "fold or unfold " + changed.size() + " branches";
    }

    /** Runs a selection the pane makes itself, so the selection listeners do not take it for the user's. */
    void selecting(Runnable r) {
        selecting = true;
        try {
            r.run();
        } finally {
            selecting = false;
        }
    }

    /** Whether the selection changing now is the pane's own. */
    boolean isSelecting() {
        return selecting;
    }
}
