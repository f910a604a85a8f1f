package dev.crossmap.overlap;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the learner wrote on all the topics of one merged item, brought together.
 *
 * @param progress the furthest status of any of its topics (done, then learning, then skipped, then not
 *                 started): knowing a concept in one roadmap is knowing it
 * @param notes    every non-empty note, in the item's topic order
 * @param tags     every tag of every topic
 */
public record Gathered(Progress progress, List<Note> notes, SortedSet<String> tags) {
    public Gathered {
        Objects.requireNonNull(progress, "progress");
        notes = List.copyOf(notes);
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }

    /**
     * A note written on one topic of the item.
     *
     * @param topic   the topic it is written on
     * @param roadmap that topic's roadmap
     * @param text    the Markdown text
     */
    public record Note(TopicId topic, String roadmap, String text) {
        public Note {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(roadmap, "roadmap");
            Objects.requireNonNull(text, "text");
        }
    }
}
