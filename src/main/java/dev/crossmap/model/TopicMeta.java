package dev.crossmap.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Metadata an author wrote into a label and the importer moved out of it: estimated hours
 * ({@code (10 h)}), a time span ({@code (Weeks 1-4)}, {@code (Month 1–2)}), tags ({@code **Core**},
 * {@code (Advanced)}, {@code [optional]}, a roadmap.sh legend), web links ({@code [Label](url)}) and a
 * video timestamp ({@code (12:30)}, {@code - 021740}).
 *
 * @param hours     estimated hours, if the author gave them
 * @param span      the span as written, if the author gave one
 * @param tags      the author's tags, in the order written, without markup ("Core", "Advanced")
 * @param links     web links the author attached to the topic, in the order written
 * @param timestamp a position in a video as written ("12:30", "02:17:40"), if the author gave one
 */
public record TopicMeta(OptionalDouble hours, Optional<Span> span, List<String> tags, List<WebLink> links,
                        Optional<String> timestamp) {
    /** No metadata. */
    public static final TopicMeta NONE = new TopicMeta(OptionalDouble.empty(), Optional.empty());

    public TopicMeta {
        hours = hours == null ? OptionalDouble.empty() : hours;
        span = span == null ? Optional.empty() : span;
        tags = tags == null ? List.of() : List.copyOf(tags);
        links = links == null ? List.of() : List.copyOf(links);
        timestamp = timestamp == null ? Optional.empty() : timestamp;
    }

    /** Hours and a span only. */
    public TopicMeta(OptionalDouble hours, Optional<Span> span) {
        this(hours, span, List.of(), List.of(), Optional.empty());
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
        return hours.isEmpty() && span.isEmpty() && tags.isEmpty() && links.isEmpty() && timestamp.isEmpty();
    }

    public TopicMeta withHours(double h) {
        return new TopicMeta(OptionalDouble.of(h), span, tags, links, timestamp);
    }

    public TopicMeta withSpan(Span s) {
        return new TopicMeta(hours, Optional.of(s), tags, links, timestamp);
    }

    /** These metadata with one more tag (a tag already present, ignoring case, is not added twice). */
    public TopicMeta withTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty() || tags.stream().anyMatch(x -> x.equalsIgnoreCase(t))) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(tags);
        more.add(t);
        return new TopicMeta(hours, span, more, links, timestamp);
    }

    /** These metadata with one more web link (the same address twice is kept once). */
    public TopicMeta withLink(WebLink link) {
        if (link == null || link.url().isEmpty() || links.stream().anyMatch(l -> l.url().equals(link.url()))) {
            return this;
        }
        List<WebLink> more = new java.util.ArrayList<>(links);
        more.add(link);
        return new TopicMeta(hours, span, tags, more, timestamp);
    }

    public TopicMeta withTimestamp(String t) {
        return new TopicMeta(hours, span, tags, links, Optional.of(t));
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
