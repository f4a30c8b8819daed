package org.cornerstone.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.cornerstone.financing.application.CertificateView;
import org.cornerstone.financing.application.IssueCertificate;
import org.cornerstone.financing.application.PayableCertificates;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.UserDirectory;

/**
 * Test-only seams of the integration-test deployment ({@link Deployments} adds these classes to the
 * WAR; production has neither): issue a payable certificate through {@link
 * PayableCertificates#issue} (the invoice onboarding that calls it is another part of issue 22),
 * and give an organisation cash tokens from the settlement bank (a core enterprise cannot deposit
 * through the cash screens yet).
 */
final class FinancingSeam {
  private FinancingSeam() {}

  /** The seams' transactional half. */
  @ApplicationScoped
  @Transactional
  public static class Seams {
    @Inject PayableCertificates certificates;
    @Inject InstrumentIssuance issuance;
    @Inject UserDirectory directory;

    public CertificateView issue(
        String id, String supplier, long faceMinor, LocalDate issueDate, LocalDate maturityDate) {
      return certificates.issue(
          new IssueCertificate(
              id,
              "daqing-petrochem",
              supplier,
              "INV-" + id,
              "CNY",
              faceMinor,
              issueDate,
              maturityDate,
              "a".repeat(64),
              null));
    }

    public String cash(String organisation, long minor, String key) {
      PartyName bank = PartyName.of(directory.settlementBank().orElseThrow().x500Name());
      PartyName holder =
          PartyName.of(directory.organisation(organisation).orElseThrow().x500Name());
      return issuance
          .issueCash(
              new CashIssuance(
                  RequestKey.of("it-cash-" + key),
                  "CASH-CNY",
                  bank,
                  holder,
                  MoneyAmount.of(minor, "CNY")))
          .transactionId();
    }
  }

  /**
   * {@code POST /it/financing?action=issue&id=&face=&issued=&matures=[&supplier=]} (the supplier,
   * who holds the new certificate, songhua-valves unless given) or {@code
   * action=cash&organisation=&minor=&key=}: answers the certificate id or the cash transaction.
   */
  @WebServlet("/it/financing")
  public static class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    @Inject Seams seams;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      String answer;
      try {
        if ("issue".equals(request.getParameter("action"))) {
          answer =
              seams
                  .issue(
                      request.getParameter("id"),
                      Optional.ofNullable(request.getParameter("supplier"))
                          .orElse("songhua-valves"),
                      Long.parseLong(request.getParameter("face")),
                      LocalDate.parse(request.getParameter("issued")),
                      LocalDate.parse(request.getParameter("matures")))
                  .id();
        } else {
          answer =
              seams.cash(
                  request.getParameter("organisation"),
                  Long.parseLong(request.getParameter("minor")),
                  request.getParameter("key"));
        }
      } catch (RuntimeException e) {
        response.setStatus(500);
        response.getOutputStream().write(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        return;
      }
      response.setContentType("text/plain");
      response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
    }
  }
}
