/**
 * Transaction plans: one per ledger operation (asset issuance, token transfer, forced transfer,
 * redemption, DvP, freeze/unfreeze, cash issue, cash redeem). A plan is pure Java: from a request
 * record and the input states (with an opaque reference type) it decides the inputs to consume, the
 * outputs, the commands and the required signatories. The Corda flows and the embedded ledger's
 * adapters both build their transactions from these plans, so each operation is written once.
 */
package org.cornerstone.cordapp.plan;
