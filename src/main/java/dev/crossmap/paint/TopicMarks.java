package dev.crossmap.paint;

import dev.crossmap.model.Progress;

/**
 * What the map draws on a topic besides its label.
 *
 * @param places   in how many places the topic's concept is written (the ×N badge when above 1)
 * @param progress the learner's status of the topic
 * @param note     whether the topic has a note
 * @param done     topics done in its branch (the bar under folded branches and roadmaps)
 * @param total    topics in its branch
 */
public record TopicMarks(int places, Progress progress, boolean note, int done, int total) {
    /** A topic with nothing to show. */
    public static final TopicMarks NONE = new TopicMarks(1, Progress.NOT_STARTED, false, 0, 0);
}
