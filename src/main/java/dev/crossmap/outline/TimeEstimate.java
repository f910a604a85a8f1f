package dev.crossmap.outline;

import dev.crossmap.model.TopicMeta;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of how long something takes, as authors write it: hours ("2h", "(3 hours)", "(~1.5 hrs)")
 * and spans of days, weeks, months or years, number first ("2-3 weeks", "(3-4 months)") or unit first
 * ("(Weeks 1-4)", "Month 2"). In a label only an aside in parentheses is an estimate ("Foundations (10 h)"),
 * since "2 hours of practice" is a name; an attribute value (OPML, .mm) is read whole.
 */
final class TimeEstimate {
    private static final String TO = "\\s*(?:-|\u2013|\u2014|to)\\s*";
    private static final String UNIT = "(weeks?|months?|days?|years?)";
    /** Group 1 the number; the unit is optional only where a value is read whole ("10" is 10 hours). */
    private static final String HOURS = "~?(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*(?:h|hrs?|hours?)\\.?";
    /** Groups: 1 the span as written, 2 first, 3 last, 4 unit. */
    private static final String NUMBER_FIRST = "((\\d{1,4})(?:" + TO + "(\\d{1,4}))?\\s+" + UNIT + ")";
    /** Groups: 1 the span as written, 2 unit, 3 first, 4 last. */
    private static final String UNIT_FIRST = "(" + UNIT + "\\s+(\\d{1,4})(?:" + TO + "(\\d{1,4}))?)";

    private static final Pattern HOURS_ASIDE = aside(HOURS);
    private static final Pattern NUMBER_FIRST_ASIDE = aside(NUMBER_FIRST);
    private static final Pattern UNIT_FIRST_ASIDE = aside(UNIT_FIRST);
    private static final Pattern HOURS_VALUE = whole("~?(\\d{1,7}(?:[.,]\\d{1,6})?)\\s*(?:(?:h|hrs?|hours?)\\.?)?");
    private static final Pattern NUMBER_FIRST_VALUE = whole(NUMBER_FIRST);
    private static final Pattern UNIT_FIRST_VALUE = whole(UNIT_FIRST);

    /** No estimate is longer than this; longer hours are a typo, not a plan. */
    private static final double MOST_HOURS = 1e7;

    /**
     * A label with its estimates taken out.
     *
     * @param text the label without them, spaces tidied where one was removed
     * @param meta the hours and the span they said
     */
    record Found(String text, TopicMeta meta) {
    }

    private TimeEstimate() {
    }

    /** The estimates in a label's asides; when several say hours, the first counts and all are removed. */
    static Found in(String label) {
        if (label.indexOf('(') < 0) {
            return new Found(label, TopicMeta.NONE);
        }
        TopicMeta meta = TopicMeta.NONE;
        String text = label;
        boolean removed = false;
        Matcher h = HOURS_ASIDE.matcher(text);
        if (h.find()) {
            meta = meta.withHours(number(h.group(1)));
            text = h.replaceAll(" ");
            removed = true;
        }
        // Number first, then unit first: when a label has both, the unit-first one ("(Weeks 1-4)") wins.
        Matcher d = NUMBER_FIRST_ASIDE.matcher(text);
        if (d.find()) {
            meta = meta.withSpan(span(d, 4, 2, 3));
            text = d.replaceAll(" ");
            removed = true;
        }
        Matcher s = UNIT_FIRST_ASIDE.matcher(text);
        if (s.find()) {
            meta = meta.withSpan(span(s, 2, 3, 4));
            text = s.replaceAll(" ");
            removed = true;
        }
        return new Found(removed ? Whitespace.oneLine(text) : text, meta);
    }

    /** Hours written as a whole value: "10", "2.5", "2,5", "2h", "1.5 hrs", "~3 hours". */
    static OptionalDouble hours(String value) {
        Matcher m = HOURS_VALUE.matcher(value);
        double h;
        if (m.matches()) {
            h = number(m.group(1));
        } else {
            try {
                h = Double.parseDouble(value.strip()); // what a program wrote: "1.0E-4"
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return h >= 0 && h < MOST_HOURS ? OptionalDouble.of(h) : OptionalDouble.empty();
    }

    /** A span written as a whole value: "2-3 weeks", "3 to 4 months", "Weeks 1-4", "Month 2". */
    static Optional<TopicMeta.Span> span(String value) {
        Matcher n = NUMBER_FIRST_VALUE.matcher(value);
        if (n.matches()) {
            return Optional.of(span(n, 4, 2, 3));
        }
        Matcher u = UNIT_FIRST_VALUE.matcher(value);
        return u.matches() ? Optional.of(span(u, 2, 3, 4)) : Optional.empty();
    }

    private static Pattern aside(String inner) {
        return Pattern.compile("\\(\\s*" + inner + "\\s*\\)", Pattern.CASE_INSENSITIVE);
    }

    private static Pattern whole(String inner) {
        return Pattern.compile("\\s*" + inner + "\\s*", Pattern.CASE_INSENSITIVE);
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(',', '.'));
    }

    /** The span a match found: group 1 the text as written, then the unit, the first and the (optional) last. */
    private static TopicMeta.Span span(Matcher m, int unitGroup, int fromGroup, int toGroup) {
        int from = Integer.parseInt(m.group(fromGroup));
        int to = m.group(toGroup) == null ? from : Integer.parseInt(m.group(toGroup));
        String unit = m.group(unitGroup).toLowerCase(Locale.ROOT);
        unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return new TopicMeta.Span(unit, from, to, m.group(1));
    }
}
