package dev.crossmap.ui;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
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
    private final Function<TopicId, Annotation> annotations;
    private Function<TopicId, Integer> occurrences = id -> 1;
    private Consumer<Progress> onProgressKey = p -> { };
    private Runnable onEnter = () -> { };

    /** @param annotations what the user wrote on each topic, for the marks beside labels */
    RoadmapTree(Function<TopicId, Annotation> annotations) {
        super(new TreeItem<>());
        this.annotations = annotations;
        setShowRoot(false);
        setId("roadmapTree");
        setCellFactory(tv -> new TopicCell());
        addEventFilter(KeyEvent.KEY_PRESSED, ProgressKeys.bind(new ShortcutKeys(), p -> onProgressKey.accept(p))
                .on(Shortcut.EDIT_NOTE, () -> onEnter.run()));
        ContextMenu menu = new ContextMenu();
        for (Progress p : Progress.values()) {
            MenuItem item = new MenuItem("Mark " + p.label());
            item.setId("context-" + p.key());
            item.setOnAction(e -> onProgressKey.accept(p));
            menu.getItems().add(item);
        }
        MenuItem note = new MenuItem("Edit note");
        note.setOnAction(e -> onEnter.run());
        menu.getItems().addAll(new SeparatorMenuItem(), note);
        setContextMenu(menu);
    }

    void setOnProgressKey(Consumer<Progress> handler) {
        onProgressKey = handler;
    }

    void setOnEnter(Runnable handler) {
        onEnter = handler;
    }

    /** How many places each topic's concept is written in (for the ×N badge); redraws the rows. */
    void setOccurrences(Function<TopicId, Integer> count) {
        occurrences = count;
        refresh();
    }

    /** A row: the label, hours/span, and marks for progress and a note (hover shows the note's start). */
    private final class TopicCell extends TreeCell<TopicEntry> {
        @Override
        protected void updateItem(TopicEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("roadmap-row", "progress-done", "progress-learning", "progress-skipped");
            setTooltip(null);
            if (empty || item == null) {
                EmojiText.show(this, null);
                return;
            }
            if (item.isRoadmap()) {
                getStyleClass().add("roadmap-row");
                EmojiText.show(this, item.label() + "  (" + item.roadmap().size() + " topics)");
                return;
            }
            Annotation a = annotations.apply(item.topic().id());
            String mark = switch (a.progress()) {
                case DONE -> "\u2714 ";
                case LEARNING -> "\u25d0 ";
                case SKIPPED -> "\u2298 ";
                case NOT_STARTED -> "";
            };
            if (a.progress() != Progress.NOT_STARTED) {
                getStyleClass().add("progress-" + a.progress().key());
            }
            int places = occurrences.apply(item.topic().id());
            EmojiText.show(this, mark + item.label() + metaSuffix(item.topic()) + (places > 1 ? "  \u00d7" + places : "")
                    + (a.note().isEmpty() ? "" : "  \u270e"));
            if (!a.note().isEmpty()) {
                String[] lines = a.note().strip().split("\\R", 6);
                setTooltip(new Tooltip(String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 5)))));
            }
        }
    }

    private static String metaSuffix(Topic t) {
        StringBuilder sb = new StringBuilder();
        t.meta().hoursText().ifPresent(h -> sb.append("  \u00b7 ").append(h).append(" h"));
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

    /**
     * Expands or collapses every branch. Expanding marks the branches not made yet instead of making them:
     * each is made expanded when the outline first asks for it, so "unfold all" with the mind map showing
     * costs nothing here (making 100,000 rows took most of its time and ~60 MiB).
     */
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
            if (item.isLeaf()) {
                continue;
            }
            if (item instanceof LazyItem l) {
                l.expandBelow = expanded;
                if (!l.made) {
                    item.setExpanded(expanded);
                    continue;
                }
            }
            item.setExpanded(expanded);
            item.getChildren().forEach(stack::push);
        }
    }

    /** Selects a topic, unfolding the branches that hide it, and scrolls it into view. */
    void reveal(TopicId id) {
        for (TreeItem<TopicEntry> mapItem : getRoot().getChildren()) {
            Roadmap r = mapItem.getValue().roadmap();
            Optional<Topic> target = r.topic(id);
            if (target.isEmpty()) {
                continue;
            }
            java.util.ArrayDeque<TopicId> chain = new java.util.ArrayDeque<>();
            for (Topic t = target.get(); t != null; t = t.parent() == null ? null : r.topic(t.parent()).orElse(null)) {
                chain.push(t.id());
            }
            TreeItem<TopicEntry> item = mapItem;
            while (!chain.isEmpty() && item != null) {
                TopicId next = chain.pop();
                item.setExpanded(true);
                item = item.getChildren().stream().filter(c -> c.getValue().topic().id().equals(next)).findFirst().orElse(null);
            }
            if (item != null) {
                getSelectionModel().select(item);
                int row = getRow(item);
                if (row >= 0) {
                    scrollTo(Math.max(0, row - 3));
                }
                requestFocus();
            }
            return;
        }
    }

    Optional<TopicEntry> selected() {
        TreeItem<TopicEntry> item = getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    /** A tree item whose children are made on first request. */
    private static final class LazyItem extends TreeItem<TopicEntry> {
        private boolean made;
        /** Children are made expanded, and so on down (unfold all before they were made). */
        private boolean expandBelow;

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
                    LazyItem item = new LazyItem(new TopicEntry(r, t));
                    if (expandBelow && !item.isLeaf()) {
                        item.expandBelow = true;
                        item.setExpanded(true);
                    }
                    items.add(item);
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
