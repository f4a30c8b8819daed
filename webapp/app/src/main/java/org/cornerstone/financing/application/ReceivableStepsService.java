package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cornerstone.financing.domain.ReceivableCase;
import org.cornerstone.financing.domain.ReceivableDocument;
import org.cornerstone.financing.domain.ReceivableRepository;
import org.cornerstone.workflows.financing.ReceivableOnboardingSteps;

/**
 * The application's answers to the {@code receivable-onboarding} process's service tasks. The
 * certificate step runs in the job's transaction and is idempotent twice over: a certified case
 * answers its certificate, and {@link PayableCertificates#issue} is idempotent by the certificate
 * id ({@code PC-<receivable id>}, ledger request key {@code certificate-<id>.issue}).
 */
@ApplicationScoped
@Transactional
public class ReceivableStepsService implements ReceivableOnboardingSteps {
  @Inject ReceivableRepository receivables;
  @Inject PayableCertificates certificates;

  /** The certificate issued for a receivable: {@code PC-RCV-000001}. */
  public static String certificateId(String receivableId) {
    return "PC-" + receivableId;
  }

  @Override
  public String issueCertificate(String receivableId) {
    ReceivableCase receivable = receivable(receivableId);
    if (receivable.certificateId().isPresent()) {
      return receivable.certificateId().get();
    }
    CertificateView certificate =
        certificates.issue(
            new IssueCertificate(
                certificateId(receivable.id()),
                receivable.debtorOrganisation(),
                receivable.supplierOrganisation(),
                receivable.invoiceNumber(),
                receivable.currency(),
                receivable.amountMinor(),
                receivable.issueDate(),
                receivable.dueDate(),
                evidenceDigest(receivable, receivables.documents(receivable.id())),
                receivable.id()));
    receivable.certified(certificate.id());
    return certificate.id();
  }

  @Override
  public void recordDispute(String receivableId, String disputedBy, String reason) {
    receivable(receivableId).disputed(disputedBy, reason);
  }

  @Override
  public void recordRejection(String receivableId, String rejectedBy, String reason) {
    receivable(receivableId).rejected(rejectedBy, reason);
  }

  /**
   * SHA-256 (hex) over the evidence, one item per line: {@code receivable-evidence-v1}, the
   * receivable id, the invoice fingerprint, each document as {@code <type>:<sha256>} (sorted), who
   * confirmed for the debtor and who approved for compliance.
   */
  public static String evidenceDigest(ReceivableCase r, List<ReceivableDocument> documents) {
    List<String> lines = new ArrayList<>();
    lines.add("receivable-evidence-v1");
    lines.add(r.id());
    lines.add(r.invoiceFingerprint());
    documents.stream()
        .map(d -> d.documentType().name() + ":" + d.sha256())
        .sorted()
        .forEach(lines::add);
    lines.add("confirmed-by:" + r.confirmedBy().orElse(""));
    lines.add("approved-by:" + r.approvedBy().orElse(""));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private ReceivableCase receivable(String id) {
    return receivables
        .findForUpdate(id)
        .orElseThrow(() -> new IllegalStateException("Unknown receivable " + id));
  }
}
