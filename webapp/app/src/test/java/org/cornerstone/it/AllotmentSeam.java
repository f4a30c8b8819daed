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
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.Transfers;
import org.cornerstone.party.application.UserDirectory;

/**
 * Test-only seam of the integration-test deployment ({@link Deployments} adds it to the WAR;
 * production has none): the SPV's agent closes its senior tranche's offering early (an SPV has no
 * user who signs in; at its close time the offering closes by itself), so the allocation settles at
 * once.
 */
final class AllotmentSeam {
  private AllotmentSeam() {}

  /** The seam's transactional half. */
  @ApplicationScoped
  @Transactional
  public static class Seams {
    @Inject Transfers transfers;
    @Inject UserDirectory directory;

    public String allot(String instrumentId, String spv, String to, long quantity, String key) {
      PartyName issuer = PartyName.of(directory.organisation(spv).orElseThrow().x500Name());
      PartyName holder = PartyName.of(directory.organisation(to).orElseThrow().x500Name());
      return transfers
          .transfer(
              new TokenTransfer(
                  RequestKey.of("it-allot-" + key), instrumentId, issuer, issuer, holder, quantity))
          .transactionId();
    }
  }

  /** {@code POST /it/allotment?instrument=&spv=&to=&quantity=&key=}: answers the transaction. */
  @WebServlet("/it/allotment")
  public static class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    @Inject Seams seams;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      String answer;
      try {
        answer =
            seams.allot(
                request.getParameter("instrument"),
                request.getParameter("spv"),
                request.getParameter("to"),
                Long.parseLong(request.getParameter("quantity")),
                request.getParameter("key"));
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
