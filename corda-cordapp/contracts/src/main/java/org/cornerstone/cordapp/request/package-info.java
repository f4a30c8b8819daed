/**
 * The request key a ledger-changing transaction records ({@link
 * org.cornerstone.cordapp.request.RequestKeyState}), so that a retried command can ask the ledger
 * whether it already took effect.
 */
package org.cornerstone.cordapp.request;
