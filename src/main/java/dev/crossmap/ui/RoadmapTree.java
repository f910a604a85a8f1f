package dev.crossmap.ui;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The imported roadmaps as a tree, until the mind map takes the centre. Children are made when a branch is
 * first expanded, so 100,000 topics open at once.
 */
final class RoadmapTree extends TreeView<TopicEntry> {
    RoadmapTree() {
        super(new TreeItem<>());
        setShowRoot(false);
        setId("roadmapTree");
        setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(TopicEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("roadmap-row");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                if (item.isRoadmap()) {
                    getStyleClass().add("roadmap-row");
                    setText(item.label() + "  (" + item.roadmap().size() + " topics)");
                } else {
                    setText(item.label() + metaSuffix(item.topic()));
                }
            }
        });
    }

    private static String metaSuffix(Topic t) {
        StringBuilder sb = new StringBuilder();
        t.meta().hours().ifPresent(h -> sb.append("  \u00b7 ").append(h == Math.rint(h) ? Long.toString((long) h) : h).append(" h"));
        t.meta().span().ifPresent(s -> sb.append("  \u00b7 ").append(s.text()));
        return sb.toString();
    }

    /** Shows these roadmaps, each one expanded two levels (the title and its sections). */
    void show(List<Roadmap> roadmaps) {
        ObservableList<TreeItem<TopicEntry>> top = getRoot().getChildren();
        top.clear();
        for (Roadmap r : roadmaps) {
            LazyItem item = new LazyItem(new TopicEntry(r, null));
            item.setExpanded(true);
            item.getChildren().forEach(c -> c.setExpanded(true));
            top.add(item);
        }
    }

    /** Expands or collapses every branch that has been made so far, or all of them when expanding. */
    void setAllExpanded(boolean expanded) {
        for (TreeItem<TopicEntry> r : getRoot().getChildren()) {
            setExpanded(r, expanded);
        }
    }

    private static void setExpanded(TreeItem<TopicEntry> start, boolean expanded) {
        java.util.ArrayDeque<TreeItem<TopicEntry>> stack = new java.util.ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            TreeItem<TopicEntry> item = stack.pop();
            if (!item.isLeaf()) {
                item.setExpanded(expanded);
                if (expanded || (item instanceof LazyItem l && l.made)) {
                    item.getChildren().forEach(stack::push);
                }
            }
        }
    }

    Optional<TopicEntry> selected() {
        TreeItem<TopicEntry> item = getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    /** A tree item whose children are made on first request. */
    private static final class LazyItem extends TreeItem<TopicEntry> {
        private boolean made;

        LazyItem(TopicEntry entry) {
            super(entry);
        }

        @Override
        public boolean isLeaf() {
            return childTopics().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<TopicEntry>> getChildren() {
            if (!made) {
                made = true;
                Roadmap r = getValue().roadmap();
                List<Topic> kids = childTopics();
                java.util.List<TreeItem<TopicEntry>> items = new java.util.ArrayList<>(kids.size());
                for (Topic t : kids) {
                    items.add(new LazyItem(new TopicEntry(r, t)));
                }
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }

        private List<Topic> childTopics() {
            TopicEntry e = getValue();
            return e.isRoadmap() ? e.roadmap().roots() : e.roadmap().children(e.topic().id());
        }
    }
}
