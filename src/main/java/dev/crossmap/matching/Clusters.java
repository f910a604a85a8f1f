package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over numbered items, with "cannot link" pairs: two clusters holding a pair the user kept
 * apart are never joined. Path halving and union by size keep every operation near constant time.
 */
final class Clusters {
    private final int[] parent;
    private final int[] size;
    /** For each root, the items its members must never share a cluster with. */
    private final List<List<Integer>> apart;

    Clusters(int n) {
        parent = new int[n];
        size = new int[n];
        apart = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            apart.add(null);
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Records that {@code a} and {@code b} must stay in different clusters. */
    void keepApart(int a, int b) {
        partners(a).add(b);
        partners(b).add(a);
    }

    private List<Integer> partners(int x) {
        int r = find(x);
        List<Integer> l = apart.get(r);
        if (l == null) {
            l = new ArrayList<>(2);
            apart.set(r, l);
        }
        return l;
    }

    /** Whether joining the clusters of {@code a} and {@code b} would put a kept-apart pair together. */
    boolean conflict(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        List<Integer> la = apart.get(ra);
        List<Integer> lb = apart.get(rb);
        List<Integer> small = la == null || lb != null && lb.size() < la.size() ? lb : la;
        int other = small == la ? rb : ra;
        if (small == null) {
            return false;
        }
        for (int p : small) {
            if (find(p) == other) {
                return true;
            }
        }
        return false;
    }

    /** Joins the clusters of {@code a} and {@code b}; false when they were already one or must stay apart. */
    boolean join(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb || conflict(a, b)) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        List<Integer> lb = apart.get(rb);
        if (lb != null) {
            List<Integer> la = apart.get(ra);
            if (la == null) {
                apart.set(ra, lb);
            } else {
                la.addAll(lb);
            }
            apart.set(rb, null);
        }
        return true;
    }
}
