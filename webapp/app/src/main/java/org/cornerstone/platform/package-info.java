/** Platform wiring: process engine, schema migrations, clock, security. */
package org.cornerstone.platform;
