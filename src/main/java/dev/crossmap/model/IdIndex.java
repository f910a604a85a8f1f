package dev.crossmap.model;

import java.util.function.IntFunction;

/**
 * Finds the position of a topic id among {@code count} numbered items (topics of a roadmap, nodes of a map)
 * without a boxed map entry per item: open addressing over one int array, about 8 bytes an item instead of
 * a HashMap's 40 or more. The first item with an id keeps it; a later one with the same id is a duplicate.
 * Immutable once built; the ids it reads must not change.
 */
public final class IdIndex {
    private final int[] slots;
    private final IntFunction<TopicId> idAt;
    private final int duplicate;

    /** Indexes items {@code 0 .. count-1}, whose ids {@code idAt} gives. */
    public IdIndex(int count, IntFunction<TopicId> idAt) {
        this.idAt = idAt;
        // A power of two at least twice the count: probes stay short.
        this.slots = new int[Integer.highestOneBit(Math.max(1, count) * 2 - 1) * 2];
        int dup = -1;
        for (int i = 0; i < count; i++) {
            int slot = slot(idAt.apply(i));
            if (slots[slot] == 0) {
                slots[slot] = i + 1; // 0 marks an empty slot
            } else if (dup < 0) {
                dup = i;
            }
        }
        this.duplicate = dup;
    }

    /** The position of the item with this id (the first one), or -1 when there is none. */
    public int find(TopicId id) {
        return slots[slot(id)] - 1;
    }

    /** The first item whose id an earlier item already has, or -1 when every id is unique. */
    public int firstDuplicate() {
        return duplicate;
    }

    private int slot(TopicId id) {
        int mask = slots.length - 1;
        int h = id.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (slots[slot] != 0 && !idAt.apply(slots[slot] - 1).equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
