package dev.kvguard.core.spec;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of spec items that remembers where the user wrote each one. The binder drops the
 * items it could not bind (after reporting them), so item {@code i} may stand at a later index in the
 * user's list; {@link #position(int)} gives that index, and findings name it. A list built in code has
 * every item where it stands. Equality is a list's: positions are where items came from, not what they are.
 *
 * @param <T> the item type; items are never null
 */
public final class SpecList<T> extends AbstractList<T> implements RandomAccess {

    private static final SpecList<?> EMPTY = new SpecList<>(new Object[0], null, 0);

    private final Object[] items;
    private final int[] positions; // null when every item stands at its own index
    private final int written;

    private SpecList(Object[] items, int[] positions, int written) {
        this.items = items;
        this.positions = positions;
        this.written = written;
    }

    /** The empty list. */
    @SuppressWarnings("unchecked")
    public static <T> SpecList<T> of() {
        return (SpecList<T>) EMPTY;
    }

    /**
     * An immutable copy of {@code list} (empty for null) that keeps the positions of a {@code SpecList} and
     * gives any other list's items their own indices. Null items are refused, as by {@link List#copyOf}.
     */
    @SuppressWarnings("unchecked")
    public static <T> SpecList<T> copyOf(List<? extends T> list) {
        if (list instanceof SpecList<?> specList) {
            return (SpecList<T>) specList; // immutable: nothing to copy, and its positions and count are kept
        }
        if (list == null || list.isEmpty()) {
            return of();
        }
        Object[] items = list.toArray();
        for (Object item : items) {
            Objects.requireNonNull(item, "a spec list holds no null item");
        }
        return new SpecList<>(items, null, items.length);
    }

    /** Where item {@code i} of {@code list} stands in the user's list: its position in a {@code SpecList}, else {@code i}. */
    public static int position(List<?> list, int i) {
        return list instanceof SpecList<?> specList ? specList.position(i) : i;
    }

    /** How many items the user wrote, bound or not: {@code list}'s own size unless it is a {@code SpecList}. */
    public static int written(List<?> list) {
        return list instanceof SpecList<?> specList ? specList.written() : list.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int i) {
        return (T) items[i];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** The index at which the user wrote item {@code i}. */
    public int position(int i) {
        Objects.checkIndex(i, items.length);
        return positions == null ? i : positions[i];
    }

    /** How many items the user wrote, including those the binder reported and dropped. */
    public int written() {
        return written;
    }

    /** A new builder for a list read from the user's input. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Collects the items bound from a user's list, each with its index there. */
    public static final class Builder<T> {
        private Object[] items = new Object[8];
        private int[] positions = new int[8];
        private int size;
        private int written;

        private Builder() {
        }

        /** The item the user wrote at {@code position}. */
        public Builder<T> add(T item, int position) {
            Objects.requireNonNull(item, "item");
            if (position < written) {
                throw new IllegalArgumentException("positions must increase: " + position + " after " + (written - 1));
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            items[size] = item;
            positions[size++] = position;
            written = position + 1;
            return this;
        }

        /** An item after everything collected so far, as when a list is built in code. */
        public Builder<T> append(T item) {
            return add(item, written);
        }

        /** Every item of {@code list} at its position there. */
        public Builder<T> addAll(SpecList<? extends T> list) {
            for (int i = 0; i < list.size(); i++) {
                add(list.get(i), list.position(i));
            }
            written = Math.max(written, list.written()); // items dropped at its end still count
            return this;
        }

        /** Notes that the user wrote an item at {@code position} that was not bound (it has been reported). */
        public Builder<T> skip(int position) {
            if (position < written) {
                throw new IllegalArgumentException("positions must increase: " + position + " after " + (written - 1));
            }
            written = position + 1;
            return this;
        }

        public SpecList<T> build() {
            if (written == 0) {
                return of();
            }
            boolean identity = size == written; // positions increase, so no item was dropped
            return new SpecList<>(Arrays.copyOf(items, size), identity ? null : Arrays.copyOf(positions, size), written);
        }
    }
}
