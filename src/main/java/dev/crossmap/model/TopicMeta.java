package dev.crossmap.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Metadata an author wrote into a label and the importer moved out of it: estimated hours
 * ({@code (10 h)}) and a time span ({@code (Weeks 1-4)}, {@code (Month 1–2)}).
 *
 * @param hours estimated hours, if the author gave them
 * @param span  the span as written, if the author gave one
 */
public record TopicMeta(OptionalDouble hours, Optional<Span> span) {
    /** No metadata. */
    public static final TopicMeta NONE = new TopicMeta(OptionalDouble.empty(), Optional.empty());

    public TopicMeta {
        hours = hours == null ? OptionalDouble.empty() : hours;
        span = span == null ? Optional.empty() : span;
    }

    /** The hours as a reader writes them: "10", "2.5"; empty when none were given. */
    public Optional<String> hoursText() {
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        double h = hours.getAsDouble();
        return Optional.of(h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h));
    }

    public boolean isEmpty() {
        return hours.isEmpty() && span.isEmpty();
    }

    public TopicMeta withHours(double h) {
        return new TopicMeta(OptionalDouble.of(h), span);
    }

    public TopicMeta withSpan(Span s) {
        return new TopicMeta(hours, Optional.of(s));
    }

    /**
     * A stretch of a study plan, e.g. weeks 1 to 4.
     *
     * @param unit "week", "month", "day" or "year"
     * @param from first unit, 1-based
     * @param to   last unit, equal to {@code from} for a single one
     * @param text the text as the author wrote it, e.g. "Weeks 1-4"
     */
    public record Span(String unit, int from, int to, String text) {
    }
}
