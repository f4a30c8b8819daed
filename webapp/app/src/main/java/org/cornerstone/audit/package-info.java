/**
 * The audit log of user actions (issue 16): every state-changing REST call, every action taken on a
 * screen through an application service, every sign-in, sign-out and failed sign-in, with who
 * (user, organisation), what (action, subject), when (the injected clock), from where (client
 * address) and the outcome (succeeded, refused with the reason, failed). Append-only in PostgreSQL
 * (V17); read by the {@code AUDITOR} role only. See ADR 0014.
 */
package org.cornerstone.audit;
