package org.cornerstone.ledger.embedded;

/** A page of query results: skip {@code offset}, return at most {@code limit} (1 to 1000). */
public record Page(int offset, int limit) {

  public static final int MAX_LIMIT = 1000;

  public Page {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("A page needs offset >= 0 and 1 <= limit <= " + MAX_LIMIT);
    }
  }

  /** The first {@code limit} results. */
  public static Page first(int limit) {
    return new Page(0, limit);
  }

  /** The page after this one. */
  public Page next() {
    return new Page(offset + limit, limit);
  }
}
