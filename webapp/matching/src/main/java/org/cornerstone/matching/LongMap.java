package org.cornerstone.matching;

import java.util.Arrays;

/**
 * A map from {@code long} keys to values, open addressing with linear probing and backward-shift
 * deletion: no boxing of order ids on the matching path. Not thread-safe; keys must not be 0.
 */
final class LongMap<V> {

  private long[] keys;
  private Object[] values;
  private int size;
  private int mask;

  LongMap() {
    keys = new long[1024];
    values = new Object[1024];
    mask = keys.length - 1;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  @SuppressWarnings("unchecked")
  V get(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return (V) values[i];
      }
      if (k == 0) {
        return null;
      }
    }
  }

  void put(long key, V value) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 is reserved");
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      if (keys[i] == 0) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  void remove(long key) {
    int i = slot(key);
    while (true) {
      if (keys[i] == 0) {
        return;
      }
      if (keys[i] == key) {
        break;
      }
      i = (i + 1) & mask;
    }
    size--;
    // Backward-shift: move later entries of the probe chain into the hole.
    int hole = i;
    for (int j = (hole + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
      int home = slot(keys[j]);
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        hole = j;
      }
    }
    keys[hole] = 0;
    values[hole] = null;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], uncheckedCast(oldValues[i]));
      }
    }
    Arrays.fill(oldValues, null);
  }

  @SuppressWarnings("unchecked")
  private V uncheckedCast(Object value) {
    return (V) value;
  }
}
