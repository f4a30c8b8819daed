/**
 * Demo seeding: the demo organisations, one user per role and demo investors, created at startup
 * unless the setting {@code cornerstone.demo-data} is false. Seeding is a fixture loader: it writes
 * the party context's repositories directly, and no context depends on it.
 */
package org.cornerstone.platform.demo;
