package dev.crossmap.layout;

/**
 * How big a topic's text is when drawn. The view passes one backed by its real font; tests and the
 * benchmark pass a fake, so the layout needs no toolkit.
 */
@FunctionalInterface
public interface TextMeasure {
    /**
     * The size of the label as drawn (already wrapped, if the view wraps long labels), without padding.
     *
     * @param label the text
     * @param depth 0 for the centre, 1 for a roadmap, 2 for its top-level topics and so on
     */
    Size measure(String label, int depth);
}
