package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.cornerstone.registry.application.LedgerProofs;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Proofs from the embedded ledger's signed transaction log (issue 21, ADR 0018). Each answer is the
 * ledger's self-contained JSON document, checked offline with {@code VerifyLedger
 * --notary-fingerprint SHA-256:HEX --proof proof.json}; the holdings page downloads the same
 * document.
 */
@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger proofs")
public class LedgerProofResource {
  static final String NOT_A_SIZE = "%s must be a tree size (a whole number), not '%s'.";

  @Inject LedgerProofs proofs;
  @Context SecurityContext security;

  /**
   * The inclusion proof of a transaction: its leaf (the id's bytes and their RFC 9162 leaf hash),
   * leaf index, the audit path and the notary's signed tree head with the notary key and its
   * fingerprint. For a party to the transaction and for trustees and auditors; 404 for anyone else.
   */
  @GET
  @Path("/transactions/{transactionId}/proof")
  @RolesAllowed({
    "ORIGINATOR",
    "TRUSTEE",
    "SENIOR_TRUSTEE",
    "COMPLIANCE",
    "LEGAL",
    "VALUER",
    "INVESTOR",
    "REGISTRAR",
    "SETTLEMENT_BANK",
    "ADMIN",
    "AUDITOR",
    "SERVICER",
    "DEBTOR",
    "SUPPLIER",
    "FINANCIER",
    "STRUCTURER"
  })
  @Operation(summary = "Download the proof that a transaction is in the signed ledger log")
  public Response transactionProof(@PathParam("transactionId") String transactionId) {
    return json(proofs.transactionProof(Callers.actor(security), transactionId).json());
  }

  /** The notary's latest signed tree head (size, timestamp, root, key, fingerprint, signature). */
  @GET
  @Path("/tree-heads/latest")
  @RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE", "AUDITOR"})
  @Operation(summary = "Read the ledger log's latest signed tree head (trustees, auditors)")
  public Response latestTreeHead() {
    return json(proofs.latestTreeHead(Callers.actor(security)).json());
  }

  /**
   * The proof that the signed head of size {@code to} (default: the latest) extends the one of size
   * {@code from}: both heads and the RFC 9162 consistency path.
   */
  @GET
  @Path("/consistency")
  @RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE", "AUDITOR"})
  @Operation(
      summary = "Prove that a later signed tree head extends an earlier one (trustees, auditors)")
  public Response consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
    return json(
        proofs
            .consistencyProof(Callers.actor(security), size("from", from), size("to", to))
            .json());
  }

  private static Long size(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(String.format(NOT_A_SIZE, name, value));
    }
  }

  private static Response json(String document) {
    return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
