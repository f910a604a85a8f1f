package dev.crossmap.model;

/** Who made a link: the matcher, or the user. */
public enum LinkOrigin {
    /** Suggested by the matcher; replaced on every re-match. */
    AUTO,
    /** Suggested by the matcher and confirmed by the user; kept on every re-match. */
    CONFIRMED,
    /** Drawn by the user; the matcher never suggested it. */
    MANUAL
}
