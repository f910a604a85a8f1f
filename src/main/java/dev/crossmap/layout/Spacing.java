package dev.crossmap.layout;

/**
 * The gaps of a mind map: between a parent and its children (along x), between stacked boxes
 * (along y), and the padding around each label inside its box.
 *
 * @param levelGap   horizontal space between a parent's box and its children's boxes
 * @param siblingGap least vertical space between two boxes whose horizontal spans come closer than {@code levelGap}
 * @param padX       space left and right of the label inside its box
 * @param padY       space above and below the label inside its box
 */
public record Spacing(double levelGap, double siblingGap, double padX, double padY) {
    /** What the mind map uses unless told otherwise. */
    public static final Spacing DEFAULT = new Spacing(40, 8, 10, 5);

    public Spacing {
        if (!(levelGap >= 0) || !(siblingGap >= 0) || !(padX >= 0) || !(padY >= 0)
                || Double.isInfinite(levelGap + siblingGap + padX + padY)) {
            throw new IllegalArgumentException("gaps and padding must be finite and non-negative");
        }
    }
}
