package org.cornerstone.review.application;

/** A deployed version of a process model. */
public record ProcessDefinition(String id, String key, String name, int version) {}
