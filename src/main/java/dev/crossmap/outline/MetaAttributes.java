package dev.crossmap.outline;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The metadata Crossmap's OPML and .mm exports write as attributes, read back: hours ("10", "2.5", "2h"), a
 * span as written ("Weeks 1-4", "2-3 weeks"; both read by {@link TimeEstimate}), a video timestamp, tags,
 * links ({@code [title](url)} or a bare address) and progress keys ("done"). A value that does not parse is left out with a warning, never an error.
 */
final class MetaAttributes {
    private MetaAttributes() {
    }

    /** {@code meta} with these hours; a value that is not a number is reported at {@code line}. */
    static TopicMeta hours(TopicMeta meta, String value, OutlineBuilder b, int line) {
        if (value == null || value.isBlank()) {
            return meta;
        }
        OptionalDouble h = TimeEstimate.hours(value);
        if (h.isPresent()) {
            return meta.withHours(h.getAsDouble());
        }
        b.warn(line, "hours \"" + shorten(value) + "\" is not a number; left out");
        return meta;
    }

    /** {@code meta} with this span ("Weeks 1-4"), if it reads as one. */
    static TopicMeta span(TopicMeta meta, String value, OutlineBuilder b, int line) {
        if (value == null || value.isBlank()) {
            return meta;
        }
        Optional<TopicMeta.Span> span = TimeEstimate.span(value);
        if (span.isEmpty()) {
            b.warn(line, "span \"" + shorten(value) + "\" is not weeks, months, days or years; left out");
            return meta;
        }
        return meta.withSpan(span.get());
    }

    static TopicMeta timestamp(TopicMeta meta, String value) {
        return value == null || value.isBlank() ? meta : meta.withTimestamp(value.strip());
    }

    /** {@code meta} with one more link: {@code [title](url)} or a bare address. */
    static TopicMeta link(TopicMeta meta, String value) {
        if (value == null || value.isBlank()) {
            return meta;
        }
        String v = value.strip();
        int middle = v.lastIndexOf("](");
        if (v.startsWith("[") && v.endsWith(")") && middle > 0) {
            return meta.withLink(new WebLink(v.substring(1, middle).replace("\\]", "]"), v.substring(middle + 2, v.length() - 1)));
        }
        return meta.withLink(new WebLink("", v));
    }

    /** Tags from OPML's {@code category}: "/Core,/Advanced" (percent-encoded commas and slashes decoded). */
    static TopicMeta categories(TopicMeta meta, String value) {
        if (value == null || value.isBlank()) {
            return meta;
        }
        TopicMeta m = meta;
        for (String c : value.split(",")) {
            String t = c.strip();
            t = t.startsWith("/") ? t.substring(1) : t;
            m = m.withTag(t.replace("%2F", "/").replace("%2C", ",").replace("%25", "%"));
        }
        return m;
    }

    /** The progress a key names ("done", "learning"), if any; an unknown key is reported at {@code line}. */
    static Optional<Progress> progress(String value, OutlineBuilder b, int line) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Progress> p = Progress.fromKey(value);
        if (p.isEmpty()) {
            b.warn(line, "progress \"" + shorten(value) + "\" is none of not-started, learning, done, skipped; left out");
        }
        return p;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
    }
}
