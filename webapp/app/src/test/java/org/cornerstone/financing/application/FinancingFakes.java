package org.cornerstone.financing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.financing.domain.CertificateHop;
import org.cornerstone.financing.domain.CertificateMaturityRecord;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.FinancingNotification;
import org.cornerstone.financing.domain.MaturityPayment;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenRedemption;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/** In-memory ports for the financing services' tests: a ledger that commits by request key. */
final class FinancingFakes {
  static final OrganisationView DAQING =
      new OrganisationView("daqing", "Daqing Petrochemical Group", "O=Daqing, L=Daqing, C=CN");
  static final OrganisationView SONGHUA =
      new OrganisationView("songhua", "Songhua Valve Works", "O=Songhua, L=Harbin, C=CN");
  static final OrganisationView NORTHSTAR =
      new OrganisationView("northstar", "Northstar Seals Co", "O=Northstar, L=Harbin, C=CN");
  static final OrganisationView TIER3 =
      new OrganisationView("tier3", "Tier Three Gaskets", "O=Tier3, L=Harbin, C=CN");
  static final OrganisationView BANK =
      new OrganisationView("pearl", "Pearl River Bank", "O=Pearl River Bank, L=Guangzhou, C=CN");
  static final OrganisationView INVESTOR =
      new OrganisationView("ivan-org", "Ivan Holdings", "O=Ivan, L=Shanghai, C=CN");

  static final Map<String, String> KINDS =
      Map.of(
          "daqing", "CORE_ENTERPRISE",
          "songhua", "SUPPLIER",
          "northstar", "SUPPLIER",
          "tier3", "SUPPLIER",
          "pearl", "SETTLEMENT_BANK",
          "ivan-org", "INVESTOR");

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

  static Actor supplier(OrganisationView org) {
    return new Actor("user-" + org.id(), "User", org.id(), Set.of(Role.SUPPLIER));
  }

  static Actor debtor() {
    return new Actor("derek", "Derek", "daqing", Set.of(Role.DEBTOR));
  }

  static PayableCertificate certificate(String id, long face, LocalDate maturity) {
    return new PayableCertificate(
        id,
        "daqing",
        "songhua",
        face,
        "CNY",
        LocalDate.of(2026, 11, 1),
        maturity,
        "INV-" + id,
        "f".repeat(60) + id.substring(Math.max(0, id.length() - 4)),
        "e".repeat(64),
        null,
        CLOCK.instant());
  }

  static final class Directory extends UserDirectory {
    final List<OrganisationView> all = List.of(DAQING, SONGHUA, NORTHSTAR, TIER3, BANK, INVESTOR);

    @Override
    public Optional<OrganisationView> organisation(String id) {
      return all.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public Optional<String> organisationKind(String id) {
      return Optional.ofNullable(KINDS.get(id));
    }

    @Override
    public Optional<OrganisationView> organisationByLedgerIdentity(String x500) {
      return all.stream().filter(o -> o.x500Name().equals(x500)).findFirst();
    }

    @Override
    public Optional<String> ledgerIdentity(Actor actor) {
      return organisation(actor.organisation()).map(OrganisationView::x500Name);
    }

    @Override
    public Optional<OrganisationView> settlementBank() {
      return Optional.of(BANK);
    }

    @Override
    public List<OrganisationView> organisationsOfKind(String kind) {
      return all.stream().filter(o -> kind.equals(KINDS.get(o.id()))).toList();
    }
  }

  static final class Certificates implements PayableCertificateRepository {
    final Map<String, PayableCertificate> byId = new LinkedHashMap<>();

    @Override
    public Optional<PayableCertificate> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<PayableCertificate> findByFingerprint(String f) {
      return byId.values().stream().filter(c -> c.invoiceFingerprint().equals(f)).findFirst();
    }

    @Override
    public List<PayableCertificate> findAll() {
      return List.copyOf(byId.values());
    }

    @Override
    public void add(PayableCertificate c) {
      byId.put(c.id(), c);
    }

    @Override
    public Optional<PayableCertificate> lock(String id) {
      return find(id);
    }
  }

  static final class Records implements CertificateRecords {
    final List<CertificateHop> hops = new ArrayList<>();
    final Map<String, CertificateMaturityRecord> maturities = new HashMap<>();
    final List<MaturityPayment> payments = new ArrayList<>();
    final List<FinancingNotification> notifications = new ArrayList<>();

    @Override
    public Optional<CertificateHop> hopByRequestKey(String key) {
      return hops.stream().filter(h -> h.requestKey().equals(key)).findFirst();
    }

    @Override
    public List<CertificateHop> hops(String certificateId) {
      return hops.stream().filter(h -> h.certificateId().equals(certificateId)).toList();
    }

    @Override
    public void add(CertificateHop hop) {
      hops.add(hop);
    }

    @Override
    public Optional<CertificateMaturityRecord> maturity(String certificateId) {
      return Optional.ofNullable(maturities.get(certificateId));
    }

    @Override
    public void add(CertificateMaturityRecord maturity) {
      maturities.put(maturity.certificateId(), maturity);
    }

    @Override
    public List<MaturityPayment> payments(String certificateId) {
      return payments.stream().filter(p -> p.certificateId().equals(certificateId)).toList();
    }

    @Override
    public void add(MaturityPayment payment) {
      payments.add(payment);
    }

    @Override
    public void add(FinancingNotification n) {
      notifications.add(n);
    }

    @Override
    public List<FinancingNotification> notificationsOf(String organisation) {
      return notifications.stream().filter(n -> n.organisation().equals(organisation)).toList();
    }
  }

  /**
   * A ledger: token holdings per instrument and holder, CNY cash per holder, at most one
   * transaction per request key. A key in {@link #crashAfterCommit} commits, then throws once (the
   * answer is lost on the way back, as when the process dies after the ledger committed).
   */
  static final class Ledger implements HoldingsRegister, CashPayments, InstrumentIssuance {
    final Map<String, Map<String, Long>> tokens = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> frozen = new HashMap<>();
    final Map<String, Long> cash = new HashMap<>();
    final Map<String, LedgerReceipt> committed = new LinkedHashMap<>();
    final List<String> transactions = new ArrayList<>();
    final Set<String> crashAfterCommit = new HashSet<>();

    void issue(String instrument, String holderX500, long quantity) {
      tokens
          .computeIfAbsent(instrument, k -> new LinkedHashMap<>())
          .merge(holderX500, quantity, Long::sum);
    }

    void deposit(String holderX500, long minor) {
      cash.merge(holderX500, minor, Long::sum);
    }

    long tokensOf(String instrument, String holderX500) {
      return tokens.getOrDefault(instrument, Map.of()).getOrDefault(holderX500, 0L);
    }

    long cashOf(String holderX500) {
      return cash.getOrDefault(holderX500, 0L);
    }

    private LedgerReceipt once(RequestKey key, Runnable change) {
      LedgerReceipt earlier = committed.get(key.value());
      if (earlier != null) {
        return earlier;
      }
      change.run();
      LedgerReceipt receipt = new LedgerReceipt("tx-" + (committed.size() + 1), CLOCK.instant());
      committed.put(key.value(), receipt);
      transactions.add(key.value());
      if (crashAfterCommit.remove(key.value())) {
        throw new IllegalStateException("connection lost after the ledger committed " + key);
      }
      return receipt;
    }

    LedgerReceipt move(RequestKey key, String instrument, String from, String to, long quantity) {
      return once(
          key,
          () -> {
            Map<String, Long> holdings = tokens.get(instrument);
            if (holdings.getOrDefault(from, 0L) < quantity) {
              throw new IllegalStateException("insufficient");
            }
            holdings.merge(from, -quantity, Long::sum);
            holdings.merge(to, quantity, Long::sum);
          });
    }

    @Override
    public LedgerReceipt pay(CashPayment p) {
      return once(
          p.requestKey(),
          () -> {
            long amount = p.amount().minorUnits();
            if (cashOf(p.payer().x500()) < amount) {
              throw new IllegalStateException("payer has too little cash");
            }
            cash.merge(p.payer().x500(), -amount, Long::sum);
            cash.merge(p.payee().x500(), amount, Long::sum);
          });
    }

    @Override
    public LedgerReceipt redeem(TokenRedemption r) {
      return once(
          r.requestKey(),
          () -> {
            Map<String, Long> holdings = tokens.get(r.instrumentId());
            if (holdings.getOrDefault(r.holder().x500(), 0L) < r.quantity()) {
              throw new IllegalStateException("too few tokens to redeem");
            }
            holdings.merge(r.holder().x500(), -r.quantity(), Long::sum);
          });
    }

    @Override
    public LedgerReceipt issue(AssetIssuance issuance) {
      throw new UnsupportedOperationException();
    }

    @Override
    public LedgerReceipt issueCash(CashIssuance issuance) {
      throw new UnsupportedOperationException();
    }

    @Override
    public LedgerReceipt redeemCash(CashRedemption redemption) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Holding> holdingsOf(String instrumentId) {
      List<Holding> out = new ArrayList<>();
      tokens
          .getOrDefault(instrumentId, Map.of())
          .forEach(
              (holder, q) ->
                  out.add(
                      new Holding(
                          instrumentId,
                          PartyName.of(holder),
                          q,
                          frozen.getOrDefault(instrumentId, Map.of()).getOrDefault(holder, 0L))));
      return out;
    }

    @Override
    public List<Holding> holdingsOfHolder(PartyName holder) {
      List<Holding> out = new ArrayList<>();
      for (String instrument : tokens.keySet()) {
        holdingsOf(instrument).stream().filter(h -> h.holder().equals(holder)).forEach(out::add);
      }
      return out;
    }

    @Override
    public List<Holding> capTableAt(String instrumentId, Instant recordDate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HoldingChange> historyOf(String instrumentId, PartyName holder) {
      return List.of();
    }

    @Override
    public List<CashHolding> cashOf(PartyName holder) {
      return List.of(
          new CashHolding(
              holder, PartyName.of(BANK.x500Name()), MoneyAmount.of(cashOf(holder.x500()), "CNY")));
    }
  }

  /**
   * The registry's holder transfer over the fake ledger: refuses more than the unfrozen holding (as
   * the issuer-agent controls do) and moves tokens once per key.
   */
  static final class Transfers extends HolderTransfers {
    final Ledger ledger;
    final Directory directory;
    int calls;

    Transfers(Ledger ledger, Directory directory) {
      this.ledger = ledger;
      this.directory = directory;
    }

    @Override
    public String transfer(Actor actor, String instrumentId, String to, long quantity, String key) {
      calls++;
      String from = directory.ledgerIdentity(actor).orElseThrow();
      Holding holding =
          ledger.holdingsOf(instrumentId).stream()
              .filter(h -> h.holder().x500().equals(from))
              .findFirst()
              .orElse(new Holding(instrumentId, PartyName.of(from), 0, 0));
      if (quantity > holding.quantity()) {
        throw new TransferRefused(
            List.of(new Refusal(INSUFFICIENT_HOLDING, "You hold " + holding.quantity())));
      }
      if (quantity > holding.unfrozenQuantity()) {
        throw new TransferRefused(List.of(new Refusal(HOLDING_FROZEN, "frozen")));
      }
      return ledger
          .move(RequestKey.of("transfer-" + key), instrumentId, from, to, quantity)
          .transactionId();
    }
  }

  static final class Process implements CertificateMaturityProcess {
    final List<String> started = new ArrayList<>();
    final List<String> settled = new ArrayList<>();

    @Override
    public void startOnce(String certificateId, Instant maturityAt) {
      started.add(certificateId + "@" + maturityAt);
    }

    @Override
    public void overdueSettled(String certificateId) {
      settled.add(certificateId);
    }
  }

  /** The services wired to one set of fakes. */
  static final class World {
    final Directory directory = new Directory();
    final Certificates certificates = new Certificates();
    final Records records = new Records();
    final Ledger ledger = new Ledger();
    final Transfers holderTransfers = new Transfers(ledger, directory);
    final Process process = new Process();
    final CertificateTransfers transfers = new CertificateTransfers();
    final CertificateLineage lineage = new CertificateLineage();
    final CertificateMaturities maturities = new CertificateMaturities();
    final MaturityPayments payments = new MaturityPayments();

    World() {
      transfers.certificates = certificates;
      transfers.records = records;
      transfers.transfers = holderTransfers;
      transfers.directory = directory;
      transfers.clock = CLOCK;
      lineage.certificates = certificates;
      lineage.records = records;
      lineage.register = ledger;
      lineage.directory = directory;
      maturities.certificates = certificates;
      maturities.records = records;
      maturities.register = ledger;
      maturities.payments = ledger;
      maturities.issuance = ledger;
      maturities.directory = directory;
      maturities.process = process;
      maturities.steps = payments;
      maturities.clock = CLOCK;
      payments.certificates = certificates;
      payments.records = records;
      payments.register = ledger;
      payments.payments = ledger;
      payments.issuance = ledger;
      payments.directory = directory;
      payments.maturities = maturities;
      payments.clock = CLOCK;
    }

    /** A certificate issued to Songhua: its terms and its tokens on the ledger. */
    PayableCertificate issue(String id, long face, LocalDate maturity) {
      PayableCertificate c = certificate(id, face, maturity);
      certificates.add(c);
      ledger.issue(id, SONGHUA.x500Name(), face);
      return c;
    }
  }

  private FinancingFakes() {}
}
