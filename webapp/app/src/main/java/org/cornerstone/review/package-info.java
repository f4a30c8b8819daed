/**
 * Review (diligence and approvals): tasks of every review process, claimed and decided by review
 * groups (compliance, legal, valuer, <b>trustee</b> — 受托人 — and senior trustee), with <b>four
 * eyes</b> on the second trustee approval, an SLA per task and escalation to the senior trustees
 * when it expires. Every decision is kept ({@code TaskDecision}): the audit trail of due diligence.
 *
 * <p>What is under review is not known here: each context implements the one extension point {@code
 * ReviewSubject} (origination: assets; party: investors; later offerings, distributions, deals).
 * Process ports: inbox ({@code ReviewTasks}), history ({@code ProcessHistory}), administration
 * ({@code ProcessOperations}); each context starts its own processes. Calls no other context.
 */
package org.cornerstone.review;
