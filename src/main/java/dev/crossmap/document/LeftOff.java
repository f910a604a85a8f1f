package dev.crossmap.document;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where the learner left off: the topics marked learning, then the notes edited most recently, newest first
 * in each group. What a "continue" list shows, so a returning learner is one click from the place they were.
 */
public final class LeftOff {
    private LeftOff() {
    }

    /** Why a topic is on the list. */
    public enum Reason {
        /** Marked "learning". */
        LEARNING,
        /** Has a note the learner wrote. */
        NOTE
    }

    /**
     * One topic on the list.
     *
     * @param topic   the topic
     * @param label   its label
     * @param roadmap the title of its roadmap
     * @param reason  why it is listed
     * @param note    its note's first line ("" for none)
     * @param edited  when it was last changed (ms since 1970; 0 when not known)
     */
    public record Entry(TopicId topic, String label, String roadmap, Reason reason, String note, long edited) {
    }

    /** At most {@code limit} entries: learning topics first, then notes; each newest first, unknown times last. */
    public static List<Entry> of(Workspace ws, int limit) {
        List<Entry> learning = new ArrayList<>();
        List<Entry> notes = new ArrayList<>();
        for (Map.Entry<TopicId, Annotation> e : ws.annotations().entrySet()) {
            Annotation a = e.getValue();
            boolean isLearning = a.progress() == Progress.LEARNING;
            if (!isLearning && a.note().isBlank()) {
                continue;
            }
            ws.topic(e.getKey()).ifPresent(at -> (isLearning ? learning : notes).add(new Entry(e.getKey(),
                    at.topic().label(), at.roadmap().title(), isLearning ? Reason.LEARNING : Reason.NOTE,
                    firstLine(a.note()), a.edited())));
        }
        // Newest first; equal times (unknown) in a stable order by roadmap and label.
        Comparator<Entry> order = Comparator.comparingLong(Entry::edited).reversed()
                .thenComparing(Entry::roadmap).thenComparing(Entry::label).thenComparing(en -> en.topic().value());
        learning.sort(order);
        notes.sort(order);
        List<Entry> out = new ArrayList<>(learning);
        out.addAll(notes);
        return List.copyOf(out.subList(0, Math.min(Math.max(0, limit), out.size())));
    }

    private static String firstLine(String note) {
        for (String line : note.strip().split("\n")) {
            String s = line.strip().replaceFirst("^(#+|[-*+]|>)\\s*", "").strip();
            if (!s.isEmpty()) {
                return s.length() > 120 ? s.substring(0, 119) + "\u2026" : s;
            }
        }
        return "";
    }
}
