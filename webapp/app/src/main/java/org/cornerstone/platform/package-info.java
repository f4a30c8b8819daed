/**
 * Platform wiring: startup (schema migrations, the process engine, the process models), settings,
 * the clock, health. Demo seeding is in {@code platform.demo}, observing {@code PlatformStarted}.
 */
package org.cornerstone.platform;
