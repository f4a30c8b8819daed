/**
 * Trading (to come with issue 11): <b>offerings</b>, <b>orders</b> and <b>trades</b>,
 * <b>reservations</b> and <b>settlement (DvP)</b> of registry instruments. Holdings and cap tables
 * are the registry's.
 */
package org.cornerstone.trading;
