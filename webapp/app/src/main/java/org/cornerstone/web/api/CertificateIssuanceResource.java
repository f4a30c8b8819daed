package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cornerstone.financing.application.CertificateView;
import org.cornerstone.financing.application.IssueCertificate;
import org.cornerstone.financing.application.PayableCertificates;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The core enterprise issues a payable certificate directly for a payable it confirms (issue 22):
 * the debtor's user names the supplier, the invoice and its terms; the obligor is the caller's
 * organisation. The same invoice (by fingerprint) backs one certificate only: a second issuance is
 * refused naming the first ({@link PayableCertificates#ALREADY_FINANCED}). Idempotent by {@code
 * certificateId}. (The supplier-submitted onboarding with the debtor's confirmation and compliance
 * review is the other way in.)
 */
@Path("/certificate-issuances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supply-chain finance")
public class CertificateIssuanceResource {
  private static final Pattern ID = Pattern.compile("[-._A-Za-z0-9]{1,60}");
  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

  @Inject PayableCertificates certificates;
  @Context SecurityContext security;

  @POST
  @RolesAllowed("DEBTOR")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The core enterprise issues a payable certificate to a supplier")
  public Response issue(IssueJson body) {
    Actor debtor = Callers.actor(security);
    IssueJson b = body == null ? new IssueJson(null, null, null, null, 0, null, null, null) : body;
    List<String> problems = new ArrayList<>();
    if (b.certificateId() == null || !ID.matcher(b.certificateId()).matches()) {
      problems.add("certificateId: 1 to 60 characters of letters, digits, '-', '_' or '.'.");
    }
    if (b.supplier() == null || b.supplier().isBlank()) {
      problems.add("supplier: the supplier's organisation id.");
    }
    if (b.invoiceNumber() == null || b.invoiceNumber().isBlank()) {
      problems.add("invoiceNumber: the invoice's number.");
    }
    if (b.currency() == null || b.currency().isBlank()) {
      problems.add("currency: e.g. CNY.");
    }
    if (b.faceValueMinor() <= 0) {
      problems.add("faceValueMinor: the face value in minor units, greater than zero.");
    }
    if (b.evidenceDigest() == null || !DIGEST.matcher(b.evidenceDigest()).matches()) {
      problems.add("evidenceDigest: the SHA-256 of the evidence, 64 lower-case hex digits.");
    }
    LocalDate issued = date(b.issueDate(), "issueDate", problems);
    LocalDate maturity = date(b.maturityDate(), "maturityDate", problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    CertificateView view =
        certificates.issue(
            new IssueCertificate(
                b.certificateId(),
                debtor.organisation(),
                b.supplier(),
                b.invoiceNumber(),
                b.currency(),
                b.faceValueMinor(),
                issued,
                maturity,
                b.evidenceDigest(),
                null));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  private static LocalDate date(String text, String field, List<String> problems) {
    try {
      if (text != null) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(field + ": a date such as 2027-03-31.");
    return null;
  }

  public record IssueJson(
      String certificateId,
      String supplier,
      String invoiceNumber,
      String currency,
      long faceValueMinor,
      String issueDate,
      String maturityDate,
      String evidenceDigest) {}
}
