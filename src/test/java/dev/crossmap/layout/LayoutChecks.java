package dev.crossmap.layout;

import java.util.ArrayList;
import java.util.List;

/** The layout's promises, checked on a finished {@link MapGeometry}; each returns what it found broken. */
final class LayoutChecks {
    static final double EPS = 1e-6;

    private LayoutChecks() {
    }

    /** Any two boxes are a level gap apart horizontally or a sibling gap apart vertically. */
    static List<String> overlaps(MapGeometry g) {
        List<String> bad = new ArrayList<>();
        Spacing s = g.spacing();
        int[] vis = g.visibleNodes();
        for (int i = 0; i < vis.length && bad.size() < 5; i++) {
            for (int j = i + 1; j < vis.length; j++) {
                int a = vis[i];
                int b = vis[j];
                double sepX = Math.max(g.x(b) - (g.x(a) + g.width(a)), g.x(a) - (g.x(b) + g.width(b)));
                double sepY = Math.max(g.y(b) - (g.y(a) + g.height(a)), g.y(a) - (g.y(b) + g.height(b)));
                if (sepX < s.levelGap() - EPS && sepY < s.siblingGap() - EPS) {
                    bad.add(describe(g, a) + " too close to " + describe(g, b) + " (apart " + sepX + " across, "
                            + sepY + " down)");
                }
            }
        }
        return bad;
    }

    /** Every child is on its parent's side, exactly a level gap beyond the parent's box. */
    static List<String> childrenBesideParents(MapGeometry g) {
        List<String> bad = new ArrayList<>();
        double gap = g.spacing().levelGap();
        for (int v : g.visibleNodes()) {
            if (v == 0) {
                continue;
            }
            int p = g.tree().parent(v);
            Side side = g.side(v);
            if (p != 0 && g.side(p) != side) {
                bad.add(describe(g, v) + " is on the " + side + " but its parent on the " + g.side(p));
            }
            double expected = side == Side.RIGHT ? g.x(p) + g.width(p) + gap : g.x(p) - gap - g.width(v);
            if (side == Side.CENTRE || Math.abs(g.x(v) - expected) > EPS) {
                bad.add(describe(g, v) + " is not a level gap beyond its parent " + describe(g, p));
            }
        }
        return bad;
    }

    /** The children of a node (or one side of the centre's), top to bottom as the layout promises to show them. */
    static List<List<Integer>> childGroups(MapGeometry g, int v) {
        MapTree t = g.tree();
        List<Integer> kids = new ArrayList<>();
        if (g.isVisible(v) && !g.isFolded(v)) {
            for (int c = t.firstChild(v); c >= 0; c = t.nextSibling(c)) {
                kids.add(c);
            }
        }
        if (v != 0) {
            return kids.isEmpty() ? List.of() : List.of(kids);
        }
        List<Integer> right = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (int c : kids) {
            if (g.side(c) == Side.RIGHT) {
                right.add(c);
            } else {
                left.add(0, c);
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        if (!right.isEmpty()) {
            groups.add(right);
        }
        if (!left.isEmpty()) {
            groups.add(left);
        }
        return groups;
    }

    /** Each parent's middle is level with the middle of the span from its first child's top to its last child's bottom. */
    static List<String> parentsCentred(MapGeometry g) {
        List<String> bad = new ArrayList<>();
        for (int v : g.visibleNodes()) {
            for (List<Integer> group : childGroups(g, v)) {
                int first = group.get(0);
                int last = group.get(group.size() - 1);
                double mid = (g.y(first) + g.y(last) + g.height(last)) / 2;
                if (Math.abs(g.y(v) + g.height(v) / 2 - mid) > EPS) {
                    bad.add(describe(g, v) + " is not centred on its children (" + mid + ")");
                }
            }
        }
        return bad;
    }

    /** Siblings appear top to bottom in their order, each at least a sibling gap below the one before. */
    static List<String> siblingOrder(MapGeometry g) {
        List<String> bad = new ArrayList<>();
        for (int v : g.visibleNodes()) {
            for (List<Integer> group : childGroups(g, v)) {
                for (int i = 0; i + 1 < group.size(); i++) {
                    int a = group.get(i);
                    int b = group.get(i + 1);
                    if (g.y(a) + g.height(a) + g.spacing().siblingGap() > g.y(b) + EPS) {
                        bad.add(describe(g, a) + " is not above its next sibling " + describe(g, b));
                    }
                }
            }
        }
        return bad;
    }

    /** The documented weight: the larger of its box height plus gap and the sum of its shown children's weights. */
    static double weight(MapGeometry g, int v) {
        int[] vis = g.visibleNodes();
        double[] sum = new double[g.tree().size()];
        double[] w = new double[g.tree().size()];
        for (int i = vis.length - 1; i >= 0; i--) {
            int u = vis[i];
            w[u] = Math.max(g.height(u) + g.spacing().siblingGap(), sum[u]);
            if (u != 0) {
                sum[g.tree().parent(u)] += w[u];
            }
        }
        return w[v];
    }

    /** The right side holds a prefix of the roadmaps and the two sides' weights differ by at most one roadmap's. */
    static List<String> balance(MapGeometry g) {
        List<String> bad = new ArrayList<>();
        MapTree t = g.tree();
        double right = 0;
        double left = 0;
        double max = 0;
        boolean seenLeft = false;
        for (int c = t.firstChild(0); c >= 0; c = t.nextSibling(c)) {
            double w = weight(g, c);
            max = Math.max(max, w);
            if (g.side(c) == Side.RIGHT) {
                right += w;
                if (seenLeft) {
                    bad.add("roadmap " + describe(g, c) + " is on the right after one on the left");
                }
            } else {
                left += w;
                seenLeft = true;
            }
        }
        if (Math.abs(right - left) > max + EPS) {
            bad.add("sides weigh " + right + " and " + left + ", more than one roadmap (" + max + ") apart");
        }
        return bad;
    }

    /** Every promise at once. */
    static List<String> all(MapGeometry g) {
        List<String> bad = new ArrayList<>();
        bad.addAll(overlaps(g));
        bad.addAll(childrenBesideParents(g));
        bad.addAll(parentsCentred(g));
        bad.addAll(siblingOrder(g));
        bad.addAll(balance(g));
        return bad;
    }

    static String describe(MapGeometry g, int v) {
        return "'" + g.tree().label(v) + "' (node " + v + ", " + g.box(v).map(Rect::toString).orElse("hidden") + ")";
    }
}
