/**
 * The platform's sign-in on the container's Jakarta Security: the identity store over the user
 * table, the one authentication mechanism (HTTP Basic for the API, the signed-in session for the
 * browser), login throttling, security headers. See ADR 0013.
 */
package org.cornerstone.web.security;
