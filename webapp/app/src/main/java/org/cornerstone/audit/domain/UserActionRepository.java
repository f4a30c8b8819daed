package org.cornerstone.audit.domain;

import java.util.List;

/** The audit log's store: append and read, nothing else (the table refuses the rest). */
public interface UserActionRepository {
  void append(UserAction action);

  /** The matching lines, newest first. */
  List<UserAction> find(UserActionQuery query, int offset, int limit);

  long count(UserActionQuery query);
}
