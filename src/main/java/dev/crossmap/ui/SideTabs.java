package dev.crossmap.ui;

import dev.crossmap.document.Workspace;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The side panel: the selected topic (its note, progress and places), the concepts, and where the learner
 * left off. The "Continue" list is brought up to date whenever it is shown and while it shows.
 */
final class SideTabs extends TabPane {
    /** The tabs, in order. */
    static final int TOPIC = 0;
    static final int CONCEPTS = 1;
    static final int CONTINUE = 2;

    private final Tab continueTab;
    private final LeftOffPane leftOff;
    private final Supplier<Workspace> workspace;

    SideTabs(NotesPane notes, Node concepts, LeftOffPane leftOff, Supplier<Workspace> workspace) {
        this.leftOff = leftOff;
        this.workspace = workspace;
        ScrollPane notesScroll = new ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.setFitToHeight(true);
        Tab topicTab = new Tab("Topic", notesScroll);
        topicTab.setId("topicTab");
        Tab conceptsTab = new Tab("Concepts", concepts);
        conceptsTab.setId("conceptsTab");
        continueTab = new Tab("Continue", leftOff);
        continueTab.setId("continueTab");
        continueTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                refresh();
            }
        });
        getTabs().addAll(topicTab, conceptsTab, continueTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Notes or progress changed, or another workspace opened: the continue list follows if it is showing. */
    void annotationsChanged() {
        if (continueTab.isSelected()) {
            refresh();
        }
    }

    private void refresh() {
        leftOff.refresh(workspace.get());
    }
}
