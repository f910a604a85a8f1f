package dev.crossmap.paint;

import dev.crossmap.model.TopicId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a search found its text in the labels, for marking it inside them.
 *
 * @param ranges  per topic, the label's character ranges as {start, end, start, end…} (end exclusive); empty
 *                when the label holds no match
 * @param current the match the user stepped to, marked more strongly than the others
 */
public record Found(Function<TopicId, int[]> ranges, Optional<TopicId> current) {
    /** Nothing found. */
    public static final Found NONE = new Found(id -> new int[0], Optional.empty());

    /** Whether this topic is the match stepped to. */
    public boolean isCurrent(TopicId id) {
        return current.isPresent() && current.get().equals(id);
    }
}
