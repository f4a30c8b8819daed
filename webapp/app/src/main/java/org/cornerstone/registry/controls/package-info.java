/**
 * Registry, issuer-agent controls (anchors: ERC-3643 freeze / pause / forcedTransfer / recovery,
 * Securitize seize): the registrar asks for an <b>action</b> on an instrument — freeze or unfreeze
 * a holder's holding (whole or a quantity), pause or resume the instrument, a forced transfer
 * (court order, estate), recovery of a holder's tokens to a new identity after lost keys — with a
 * reason and an evidence document; a trustee other than the requester approves it (four eyes, BPMN
 * {@code issuer-agent-action}); it is carried out on the ledger once, by request key {@code
 * action-<id>.execute}, with the reason in the ledger transaction's command. The affected holder
 * sees it on their holdings page; registrar, trustees and administrators see every action in the
 * audit view. {@code application.InstrumentPauses} answers whether an instrument is paused (a
 * paused instrument refuses every transfer).
 */
package org.cornerstone.registry.controls;
