package org.cornerstone.platform;

/**
 * Fired once the schema is migrated, the process engine runs and the models are deployed: what
 * needs a working platform at startup (e.g. demo seeding) observes it.
 */
public record PlatformStarted() {}
