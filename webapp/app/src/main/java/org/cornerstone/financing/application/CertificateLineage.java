package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cornerstone.financing.domain.CertificateHop;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.LineageTree;
import org.cornerstone.financing.domain.MaturityPayment;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;

/**
 * A certificate's lineage (issue 22, part 3): the tree from the first holder to every organisation
 * it passed to, built from the recorded hops, with each organisation's holding by the hops checked
 * against the ledger's holdings of the certificate (redemptions at maturity taken off). Seen by the
 * obligor, by every organisation in the lineage, and by the trustee, registrar, compliance,
 * auditors and administrators.
 */
@ApplicationScoped
@Transactional
public class CertificateLineage {
  public static final String NOT_YOURS =
      "You see the lineage of a certificate only if your organisation is its obligor or is in it.";

  @Inject PayableCertificateRepository certificates;
  @Inject CertificateRecords records;
  @Inject HoldingsRegister register;
  @Inject UserDirectory directory;

  public LineageView lineage(Actor actor, String certificateId) {
    PayableCertificate certificate =
        certificates
            .find(certificateId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        String.format(CertificateTransfers.UNKNOWN_CERTIFICATE, certificateId)));
    List<CertificateHop> hops = records.hops(certificate.id());
    Set<String> members = new LinkedHashSet<>();
    members.add(certificate.firstHolderOrganisation());
    hops.forEach(
        h -> {
          members.add(h.fromOrganisation());
          members.add(h.toOrganisation());
        });
    if (!seesAll(actor)
        && !actor.organisation().equals(certificate.obligorOrganisation())
        && !members.contains(actor.organisation())) {
      throw new AccessDeniedException(NOT_YOURS);
    }
    Map<String, Long> redeemed = new LinkedHashMap<>();
    for (MaturityPayment p : records.payments(certificate.id())) {
      long r =
          (p.redemptionTransactionId().isPresent() ? p.allocatedMinor() : 0) + p.overduePaidMinor();
      if (r > 0) {
        redeemed.put(p.holderOrganisation(), r);
      }
    }
    LineageTree.Result tree =
        LineageTree.build(
            certificate.firstHolderOrganisation(),
            certificate.faceValueMinor(),
            hops.stream()
                .map(
                    h ->
                        new LineageTree.Hop(
                            h.fromOrganisation(), h.toOrganisation(), h.amountMinor()))
                .toList(),
            redeemed);
    Map<String, OrganisationView> names = new LinkedHashMap<>();
    Map<String, Holding> ledger = new LinkedHashMap<>();
    for (Holding h : register.holdingsOf(certificate.id())) {
      directory
          .organisationByLedgerIdentity(h.holder().x500())
          .ifPresent(
              o -> {
                names.put(o.id(), o);
                ledger.put(o.id(), h);
              });
    }
    List<LineageView.Node> nodes =
        tree.nodes().stream()
            .map(
                n ->
                    new LineageView.Node(
                        n.holder(),
                        name(names, n.holder()),
                        n.parent(),
                        n.depth(),
                        n.receivedMinor()))
            .toList();
    Set<String> holders = new LinkedHashSet<>(tree.holdings().keySet());
    holders.addAll(ledger.keySet());
    List<LineageView.Holder> lines = new ArrayList<>();
    for (String organisation : holders) {
      Holding onLedger = ledger.get(organisation);
      long byHops = tree.holdings().getOrDefault(organisation, 0L);
      long held = onLedger == null ? 0 : onLedger.quantity();
      long frozen = onLedger == null ? 0 : onLedger.frozenQuantity();
      long gone = redeemed.getOrDefault(organisation, 0L);
      if (byHops == 0 && held == 0 && gone == 0) {
        continue; // passed everything on: shown in the tree, not as a holder
      }
      lines.add(
          new LineageView.Holder(
              organisation, name(names, organisation), byHops, held, frozen, gone));
    }
    boolean agrees = lines.stream().allMatch(LineageView.Holder::agrees);
    return new LineageView(
        CertificateView.of(certificate),
        nodes,
        lines,
        agrees,
        hops.stream().map(HopView::of).toList());
  }

  private String name(Map<String, OrganisationView> names, String organisation) {
    OrganisationView known = names.get(organisation);
    if (known == null) {
      known = directory.organisation(organisation).orElse(null);
      if (known != null) {
        names.put(organisation, known);
      }
    }
    return known == null ? organisation : known.name();
  }

  static boolean seesAll(Actor actor) {
    return actor.has(Role.TRUSTEE)
        || actor.has(Role.SENIOR_TRUSTEE)
        || actor.has(Role.REGISTRAR)
        || actor.has(Role.COMPLIANCE)
        || actor.has(Role.AUDITOR)
        || actor.has(Role.ADMIN);
  }
}
