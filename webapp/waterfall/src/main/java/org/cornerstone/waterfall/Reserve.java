package org.cornerstone.waterfall;

/** The reserve account: funded with {@code initial} at closing, refilled up to {@code target}. */
public record Reserve(long target, long initial) {}
