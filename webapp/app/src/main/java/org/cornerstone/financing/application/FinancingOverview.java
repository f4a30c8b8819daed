package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cornerstone.financing.domain.OutstandingSummary;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/**
 * The trustee's and regulator's overview of supply-chain finance (issue 22): outstanding payable
 * certificates by obligor and by tier, overdue, concentration ({@link OutstandingSummary}), from
 * the certificates' terms and the ledger's holdings. The date is the platform's business day
 * (Asia/Shanghai).
 */
@ApplicationScoped
@Transactional
public class FinancingOverview {
  public static final String ONLY_OVERSEERS =
      "Only trustees, compliance, the registrar, auditors and administrators see the overview.";

  static final Set<Role> OVERSEERS =
      Set.of(
          Role.TRUSTEE,
          Role.SENIOR_TRUSTEE,
          Role.COMPLIANCE,
          Role.REGISTRAR,
          Role.AUDITOR,
          Role.ADMIN);

  static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  /** The summary and the display name of every organisation it names. */
  public record Overview(OutstandingSummary.Summary summary, Map<String, String> names) {
    public String name(String organisationId) {
      return organisationId == null ? "" : names.getOrDefault(organisationId, organisationId);
    }
  }

  @Inject PayableCertificateRepository certificates;
  @Inject HoldingsRegister register;
  @Inject UserDirectory parties;
  @Inject Clock clock;

  public Overview overview(Actor actor) {
    if (actor.roles().stream().noneMatch(OVERSEERS::contains)) {
      throw new AccessDeniedException(ONLY_OVERSEERS);
    }
    Map<String, OrganisationView> byX500 = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (String kind : List.of("CORE_ENTERPRISE", "SUPPLIER", "FINANCIER")) {
      for (OrganisationView o : parties.organisationsOfKind(kind)) {
        byX500.put(o.x500Name(), o);
        kinds.put(o.id(), kind);
        names.put(o.id(), o.name());
      }
    }
    List<OutstandingSummary.Certificate> terms = new ArrayList<>();
    List<OutstandingSummary.Holding> holdings = new ArrayList<>();
    for (PayableCertificate c : certificates.findAll()) {
      terms.add(
          new OutstandingSummary.Certificate(
              c.id(),
              c.obligorOrganisation(),
              c.firstHolderOrganisation(),
              c.currency(),
              c.faceValueMinor(),
              c.maturityDate()));
      for (Holding h : register.holdingsOf(c.id())) {
        OrganisationView holder = byX500.get(h.holder().x500());
        String holderId = holder == null ? h.holder().x500() : holder.id();
        holdings.add(
            new OutstandingSummary.Holding(c.id(), holderId, kinds.get(holderId), h.quantity()));
      }
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
    return new Overview(OutstandingSummary.of(terms, holdings, today), Map.copyOf(names));
  }
}
