package org.cornerstone.audit.application;

import java.util.List;

/** One page of the audit log, newest first: {@code page} counts from 0. */
public record UserActionPage(List<UserActionView> items, int page, int size, long total) {}
