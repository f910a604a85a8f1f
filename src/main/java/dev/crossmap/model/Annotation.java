package dev.crossmap.model;

import java.util.Collection;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a learner added to a topic: a Markdown note, a progress status and tags. Immutable; kept beside the
 * topic (keyed by its {@link TopicId}), never inside it.
 *
 * @param note     Markdown text, "" for none
 * @param progress the status; {@link Progress#NOT_STARTED} when nothing was set
 * @param tags     free-text tags, sorted, without blanks or repeats
 * @param edited   when the learner last changed it, in milliseconds since 1970; 0 when not known (an older file,
 *                 or progress the roadmap's author ticked)
 */
public record Annotation(String note, Progress progress, SortedSet<String> tags, long edited) {
    /** A topic nobody has touched. */
    public static final Annotation EMPTY = new Annotation("", Progress.NOT_STARTED, new TreeSet<>());

    /** An annotation whose time of editing is not known. */
    public Annotation(String note, Progress progress, SortedSet<String> tags) {
        this(note, progress, tags, 0);
    }

    public Annotation {
        note = note == null ? "" : note;
        progress = progress == null ? Progress.NOT_STARTED : progress;
        TreeSet<String> clean = new TreeSet<>();
        if (tags != null) {
            for (String t : tags) {
                String s = t == null ? "" : t.strip();
                if (!s.isEmpty()) {
                    clean.add(s);
                }
            }
        }
        tags = java.util.Collections.unmodifiableSortedSet(clean);
        edited = Math.max(0, edited);
    }

    /** Whether there is nothing to keep (no note, not started, no tags). */
    public boolean isEmpty() {
        return note.isEmpty() && progress == Progress.NOT_STARTED && tags.isEmpty();
    }

    public Annotation withNote(String text) {
        return new Annotation(text, progress, tags, edited);
    }

    public Annotation withProgress(Progress p) {
        return new Annotation(note, p, tags, edited);
    }

    public Annotation withTags(Collection<String> newTags) {
        return new Annotation(note, progress, new TreeSet<>(Objects.requireNonNull(newTags, "newTags")), edited);
    }

    /** The same annotation, edited at {@code millis} (since 1970). */
    public Annotation withEdited(long millis) {
        return new Annotation(note, progress, tags, millis);
    }
}
