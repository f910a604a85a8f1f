package dev.crossmap.ui;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;

/** What the map's progress keys, Enter, context menu and note tooltip do; set by the pane that shows it. */
interface TopicHooks {
    TopicHooks NONE = new TopicHooks() {
        @Override
        public void setProgress(Progress p) {
        }

        @Override
        public void editNote() {
        }

        @Override
        public String noteOf(TopicId id) {
            return "";
        }
    };

    /** Sets the progress of the selected topic. */
    void setProgress(Progress p);

    /** Puts the keyboard in the selected topic's note. */
    void editNote();

    /** The learner's note on a topic, "" for none (shown when hovering it). */
    String noteOf(TopicId id);
}
