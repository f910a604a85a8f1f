package dev.crossmap.layout;

/** Which way from the centre a topic's branch grows. */
public enum Side {
    /** The centre node itself. */
    CENTRE,
    /** Left of the centre: children lie further left. */
    LEFT,
    /** Right of the centre: children lie further right. */
    RIGHT
}
