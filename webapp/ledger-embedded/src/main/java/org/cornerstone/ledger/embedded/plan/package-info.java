/**
 * Transaction plans on the embedded ledger: {@link org.cornerstone.ledger.embedded.plan.PlanDrafts}
 * turns a plan of the CorDapp into a {@link org.cornerstone.ledger.embedded.TransactionDraft}.
 */
package org.cornerstone.ledger.embedded.plan;
