package dev.crossmap.layout;

import dev.crossmap.model.TopicId;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * What a map shows when it opens, and after "unfold all" or "unfold to level N": a view a person can read.
 * Freeplane opens a map at 100% with its top level readable; a map fitted whole into the window is, past a
 * few hundred topics, coloured bars. So the view unfolds as many levels as still fit with the first-level
 * topics' text at least {@link #MIN_TEXT_PX} pixels high; when even the top level does not fit, it shows
 * the top level at that size around the centre (or the selection) and the rest of the map is a pan away.
 *
 * @param level   how many levels of topics are unfolded (1 to 9), or 0 when the folds were not changed
 * @param folds   the folded topics that give this view
 * @param view    the zoom and pan
 * @param folded  how many topics the folds hide
 * @param whole   whether the whole map (as unfolded) fits in the window
 */
public record FirstView(int level, Set<TopicId> folds, Viewport view, int folded, boolean whole) {
    /** Smallest readable label, in screen pixels of font size. */
    public static final double MIN_TEXT_PX = 11;
    /** Deepest level the first view unfolds to. */
    public static final int MAX_LEVEL = 3;
    /** Depth of a roadmap's first-level topics in a {@link MapTree} (0 centre, 1 roadmap). */
    private static final int FIRST_LEVEL_DEPTH = 2;

    public FirstView {
        folds = Set.copyOf(folds);
    }

    /**
     * The view a map opens with in a window of {@code width} × {@code height}: the deepest level (up to
     * {@link #MAX_LEVEL}) whose whole map fits with readable first-level topics; else level 1 at a readable
     * zoom around the centre. Leaves {@code layout} laid out with the chosen folds.
     *
     * @param fontSize font size in world units of a label at a depth of the {@link MapTree}
     */
    public static FirstView opening(MindMapLayout layout, double width, double height, double margin,
                                    IntToDoubleFunction fontSize) {
        MapTree tree = layout.tree();
        for (int level = MAX_LEVEL; level >= 1; level--) {
            Set<TopicId> folds = tree.foldsForLevel(level);
            MapGeometry g = layout.setFolded(folds);
            Viewport fit = Viewport.of(width, height).fit(g.bounds(), margin);
            if (readable(fit, fontSize) || level == 1) {
                return around(level, folds, g, fit, fontSize, Optional.empty());
            }
        }
        throw new AssertionError("level 1 always gives a view");
    }

    /**
     * The view after the folds changed to {@code folds} (unfold all, unfold to a level): the whole map if it
     * fits readably, else readable around {@code focus} (the selection), or around the centre.
     */
    public static FirstView refit(MapGeometry geometry, Set<TopicId> folds, int level, Viewport window, double margin,
                                  IntToDoubleFunction fontSize, Optional<TopicId> focus) {
        Viewport fit = Viewport.of(window.width(), window.height()).fit(geometry.bounds(), margin);
        return around(level, folds, geometry, fit, fontSize, focus);
    }

    private static FirstView around(int level, Set<TopicId> folds, MapGeometry g, Viewport fit,
                                    IntToDoubleFunction fontSize, Optional<TopicId> focus) {
        int hidden = g.tree().size() - g.visibleCount();
        if (readable(fit, fontSize)) {
            return new FirstView(level, folds, fit, hidden, true);
        }
        double scale = MIN_TEXT_PX / fontSize.applyAsDouble(FIRST_LEVEL_DEPTH);
        int node = focus.flatMap(id -> {
            java.util.OptionalInt n = g.node(id);
            return n.isPresent() && g.isVisible(n.getAsInt()) ? Optional.of(n.getAsInt()) : Optional.empty();
        }).orElse(0);
        Viewport v = fit.zoomTo(scale, fit.width() / 2, fit.height() / 2)
                .centreOn(g.x(node) + g.width(node) / 2, g.y(node) + g.height(node) / 2);
        return new FirstView(level, folds, v, hidden, false);
    }

    /**
     * The zoom at which a label at {@code depth} can be read, starting from {@code scale}: zooms in to
     * {@link #MIN_TEXT_PX} if the label is smaller, never out (a jump to a search match or an occurrence).
     */
    public static double readableScale(double scale, int depth, IntToDoubleFunction fontSize) {
        return Math.max(scale, MIN_TEXT_PX / fontSize.applyAsDouble(depth));
    }

    private static boolean readable(Viewport v, IntToDoubleFunction fontSize) {
        return v.scale() * fontSize.applyAsDouble(FIRST_LEVEL_DEPTH) >= MIN_TEXT_PX - 1e-9;
    }
}
