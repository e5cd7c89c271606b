// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer;

import java.util.Arrays;

/**
 * A growable array of ints: token ids appended by {@link Tokenizer#encodeTo} without boxing or a
 * fresh array per document. Not thread-safe; one per task.
 */
public final class IntList {
  private int[] values;
  private int size;

  public IntList() {
    this(64);
  }

  /**
   * @param capacity initial capacity, >= 0
   */
  public IntList(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
    }
    values = new int[Math.max(capacity, 4)];
  }

  public int size() {
    return size;
  }

  public int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    return values[index];
  }

  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  public void addAll(int[] more) {
    ensureCapacity(size + more.length);
    System.arraycopy(more, 0, values, size, more.length);
    size += more.length;
  }

  /** Drops every value, keeping the storage. */
  public void clear() {
    size = 0;
  }

  /** A copy of the values. */
  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The backing array: valid in {@code [0, size())}, replaced when the list grows. */
  public int[] buffer() {
    return values;
  }

  private void ensureCapacity(int needed) {
    if (needed > values.length) {
      values = Arrays.copyOf(values, Math.max(needed, values.length * 2));
    }
  }
}
