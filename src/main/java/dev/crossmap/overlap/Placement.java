package dev.crossmap.overlap;

import java.util.Arrays;

/**
 * Chooses each merged item's parent without ever making a cycle. Items arrive one at a time with their
 * candidate parents, best first; a candidate that would put an item under itself or under one of its own
 * descendants is passed over for the next one, and an item with no acceptable candidate goes to the top.
 * Cycles are found in near-constant time with union-find over the trees built so far: an item that has no
 * parent yet is the root of its tree, so linking it under {@code p} closes a cycle exactly when the root of
 * {@code p}'s tree is the item itself.
 */
final class Placement {
    /** The parent of a top-level item. */
    static final int TOP = -1;

    private final int[] parent;
    private final int[] set;
    private final int[] setSize;
    /** The root of the tree each set is, indexed by the set's representative. */
    private final int[] treeRoot;

    Placement(int items) {
        parent = new int[items];
        Arrays.fill(parent, TOP);
        set = new int[items];
        setSize = new int[items];
        treeRoot = new int[items];
        for (int i = 0; i < items; i++) {
            set[i] = i;
            setSize[i] = 1;
            treeRoot[i] = i;
        }
    }

    /** Whether {@code item} may go under {@code candidate} ({@link #TOP} always may). */
    boolean fits(int item, int candidate) {
        return candidate == TOP || candidate != item && treeRoot[find(candidate)] != item;
    }

    /** Puts an item that has no parent yet under {@code candidate}, which must {@link #fits fit}. */
    void place(int item, int candidate) {
        if (candidate == TOP) {
            return;
        }
        parent[item] = candidate;
        int a = find(item);
        int b = find(candidate);
        int root = treeRoot[b];
        if (setSize[a] < setSize[b]) {
            set[a] = b;
            setSize[b] += setSize[a];
            treeRoot[b] = root;
        } else {
            set[b] = a;
            setSize[a] += setSize[b];
            treeRoot[a] = root;
        }
    }

    int parent(int item) {
        return parent[item];
    }

    private int find(int x) {
        int r = x;
        while (set[r] != r) {
            r = set[r];
        }
        while (set[x] != r) {
            int next = set[x];
            set[x] = r;
            x = next;
        }
        return r;
    }
}
