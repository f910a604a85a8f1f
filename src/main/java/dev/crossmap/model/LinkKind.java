package dev.crossmap.model;

/** What an edge of the atlas says about its two topics. */
public enum LinkKind {
    /** The outline: the target is written under the source in its roadmap. */
    CHILD,
    /** Both name the same concept; concepts are the connected components of these edges. */
    SAME_AS,
    /** A narrower or neighbouring concept, e.g. idempotency → idempotency keys; never joins concepts. */
    RELATED
}
