package dev.crossmap.ui;

import dev.crossmap.app.DocumentSession;
import dev.crossmap.app.MergedMap;
import dev.crossmap.document.Workspace;
import dev.crossmap.layout.BranchProgress;
import dev.crossmap.layout.MapTree;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the map shows beside each topic: in how many places its concept is written, its progress, whether it
 * has a note, and the done bar of its branch; for a merged item, what all its topics hold together.
 */
final class TopicMarks {
    private final DocumentSession session;
    private final MindMapView map;
    private final Supplier<Optional<MergedMap>> merged;
    private BranchProgress branches;
    private MapTree branchesOf;
    /** The topics that were done when {@link #branches} was started. */
    private Set<TopicId> doneCounted = Set.of();

    TopicMarks(DocumentSession session, MindMapView map, Supplier<Optional<MergedMap>> merged) {
        this.session = session;
        this.map = map;
        this.merged = merged;
    }

    /** Everything may have changed (a new workspace, roadmaps added): branch progress is counted again. */
    void recount() {
        Set<TopicId> done = new HashSet<>();
        session.workspace().annotations().forEach((id, a) -> {
            if (a.progress() == Progress.DONE) {
                done.add(id);
            }
        });
        doneCounted = done;
        branches = null;
    }

    /**
     * These topics' annotations changed; branch progress (a pass over every topic) is counted again only if one
     * of them became done or stopped being done: typing a note must not cost that pass.
     */
    void changed(Set<TopicId> topics) {
        Workspace ws = session.workspace();
        for (TopicId id : topics) {
            if ((ws.annotation(id).progress() == Progress.DONE) != doneCounted.contains(id)) {
                recount();
                return;
            }
        }
    }

    NodeMarks of(TopicId id) {
        Workspace ws = session.workspace();
        Optional<MergedMap> m = merged.get();
        if (m.isPresent()) {
            return m.get().item(id).map(item -> {
                var gathered = m.get().curriculum().gather(item, ws::annotation);
                return new NodeMarks(item.places(), gathered.progress(), !gathered.notes().isEmpty(), 0, 0);
            }).orElse(NodeMarks.NONE);
        }
        Annotation a = ws.annotation(id);
        int places = session.atlas().conceptOf(id).map(Concept::size).orElse(1);
        OptionalInt node = map.getGeometry().node(id);
        // the centre of the map ("Crossmap") has no done bar
        int n = node.isPresent() ? node.getAsInt() : 0;
        MapTree tree = map.getGeometry().tree();
        if (n > 0 && (branches == null || branchesOf != tree)) {
            branches = new BranchProgress(tree, t -> ws.annotation(t).progress());
            branchesOf = tree;
        }
        int done = n > 0 ? branches.done(n) : 0;
        int total = n > 0 ? branches.total(n) : 0;
        if (places == 1 && a.isEmpty() && total == 0) {
            return NodeMarks.NONE;
        }
        return new NodeMarks(places, a.progress(), !a.note().isEmpty(), done, total);
    }
}
