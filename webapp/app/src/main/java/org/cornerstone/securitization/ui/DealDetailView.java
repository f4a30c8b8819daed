package org.cornerstone.securitization.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cornerstone.securitization.application.DealTapes;
import org.cornerstone.securitization.application.DealViews.CandidateView;
import org.cornerstone.securitization.application.DealViews.CheckView;
import org.cornerstone.securitization.application.DealViews.DealView;
import org.cornerstone.securitization.application.DealViews.FeeView;
import org.cornerstone.securitization.application.DealViews.PoolAssetView;
import org.cornerstone.securitization.application.DealViews.TrancheView;
import org.cornerstone.securitization.application.DealViews.TriggerView;
import org.cornerstone.securitization.application.Deals;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * One deal: its terms, the SPV and its ledger identity, the pool with each asset's eligibility, the
 * tranches, fees, reserve and triggers, the status and closing transaction, and the deal file to
 * download. For the structurer while the deal is a draft: the seller's candidate holdings with
 * their eligibility and an "Add" button, the structure editor (JSON in the deal file's schema) and
 * "Submit".
 */
@Route(value = "deals/:id", layout = MainLayout.class)
@PageTitle("Deal | Cornerstone")
@RolesAllowed({"STRUCTURER", "TRUSTEE", "SENIOR_TRUSTEE", "LEGAL", "REGISTRAR", "AUDITOR"})
public class DealDetailView extends VerticalLayout implements BeforeEnterObserver {
  static final String STRUCTURE_TEMPLATE =
      "{\n"
          + "  \"tranches\": [\n"
          + "    {\"name\": \"A\", \"class\": \"SENIOR\", \"balance\": \"0.00\", \"coupon\": \"0.035\"},\n"
          + "    {\"name\": \"E\", \"class\": \"EQUITY\", \"balance\": \"0.00\"}\n"
          + "  ],\n"
          + "  \"principalPayment\": \"SEQUENTIAL\",\n"
          + "  \"fees\": [{\"name\": \"trustee\", \"fixed\": \"1000.00\"}],\n"
          + "  \"triggers\": []\n"
          + "}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient Deals deals;
  private final transient DealTapes tapes;
  private final Actor me;
  private String dealId;

  @Inject
  public DealDetailView(Deals deals, DealTapes tapes) {
    this.deals = deals;
    this.tapes = tapes;
    this.me = SignedIn.require();
    setId("deal-detail");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    dealId = event.getRouteParameters().get("id").orElse("");
    render();
  }

  private void render() {
    removeAll();
    Optional<DealView> found;
    try {
      found = deals.deal(me, dealId);
    } catch (AccessDeniedException e) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      Paragraph missing = new Paragraph(getTranslation("deal.missing", dealId));
      missing.setId("deal-missing");
      add(new H2(getTranslation("deal.heading")), missing);
      return;
    }
    DealView deal = found.get();
    boolean editable = me.has(Role.STRUCTURER) && "DRAFT".equals(deal.status());
    Span status = new Span(getTranslation("deal.status." + deal.status()));
    status.setId("deal-status");
    status.getElement().getThemeList().add("badge");
    add(new HorizontalLayout(new H2(deal.name() + " (" + deal.id() + ")"), status));
    Paragraph terms =
        new Paragraph(
            getTranslation(
                "deal.terms",
                deal.sellerName(),
                deal.servicerName(),
                deal.currency(),
                getTranslation("deal.frequency." + deal.paymentFrequency()),
                deal.closingDate(),
                deal.firstPaymentDate(),
                deal.concentrationLimit()));
    terms.setId("deal-terms");
    Paragraph spv =
        new Paragraph(getTranslation("deal.spv", deal.spvName(), deal.spvLedgerIdentity()));
    spv.setId("deal-spv");
    Paragraph pool =
        new Paragraph(
            getTranslation(
                "deal.poolBalance",
                amount(deal.currency(), deal.poolBalance()),
                deal.pool().size()));
    pool.setId("deal-pool-balance");
    Paragraph closing =
        new Paragraph(
            getTranslation(
                "deal.closingTransaction",
                deal.closingTransaction() == null ? "—" : deal.closingTransaction()));
    closing.setId("deal-closing-transaction");
    add(terms, spv, pool, closing);
    if ("CLOSED".equals(deal.status())) add(PaymentDatesView.link(this, deal.id()));
    if (!deal.spvHoldings().isEmpty()) {
      Paragraph holdings =
          new Paragraph(
              getTranslation(
                  "deal.spvHoldings",
                  deal.spvHoldings().stream()
                      .map(
                          h ->
                              h.instrumentId()
                                  + " × "
                                  + String.format(Locale.ROOT, "%,d", h.quantity()))
                      .collect(Collectors.joining(", "))));
      holdings.setId("deal-spv-holdings");
      add(holdings);
    }
    if (deal.seniorOffering() != null) {
      Paragraph offering =
          new Paragraph(getTranslation("deal.seniorOffering", deal.seniorOffering()));
      offering.setId("deal-senior-offering");
      add(offering);
      if (me.has(org.cornerstone.shared.Role.STRUCTURER)
          && deals.seniorOfferingStatus(me, dealId).filter("OPEN"::equals).isPresent()) {
        Button close =
            new Button(
                getTranslation("deal.closeOffering"),
                e -> act(() -> deals.closeSeniorOffering(me, dealId), "deal.offeringClosed"));
        close.setId("deal-close-offering");
        add(close);
      }
    }
    if (deal.rejectionReason() != null) {
      Paragraph rejected =
          new Paragraph(getTranslation("deal.rejected", deal.rejectedBy(), deal.rejectionReason()));
      rejected.setId("deal-rejection");
      add(rejected);
    }
    if (deal.dealFileReady()) {
      Anchor file =
          new Anchor(
              DownloadHandler.fromInputStream(
                  e -> {
                    byte[] bytes =
                        deals.dealFile(me, dealId).orElse("").getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        dealId + ".json",
                        "application/json",
                        bytes.length);
                  }),
              getTranslation("deal.download"));
      file.setId("deal-file-download");
      file.getElement().setAttribute("download", true);
      add(file);
    }

    Grid<PoolAssetView> poolGrid = poolGrid(deal);
    if (editable) {
      poolGrid
          .addComponentColumn(
              a -> {
                Button remove =
                    new Button(
                        getTranslation("deal.remove"),
                        e ->
                            act(
                                () -> deals.removeFromPool(me, dealId, a.instrumentId()),
                                "deal.removed"));
                remove.setId("deal-remove-" + a.instrumentId());
                return remove;
              })
          .setAutoWidth(true);
    }
    add(new H3(getTranslation("deal.pool")), poolGrid);
    if (!deal.poolConcentrationBreaches().isEmpty()) {
      Paragraph breaches = new Paragraph(String.join(" ", deal.poolConcentrationBreaches()));
      breaches.setId("deal-concentration-breaches");
      breaches.getStyle().set("color", "var(--lumo-error-text-color)");
      add(breaches);
    }
    add(new DealTapePanel(tapes, me, deal, editable, this::render));
    if (editable) {
      add(new H3(getTranslation("deal.candidates")), candidateGrid(deal));
    }
    add(new H3(getTranslation("deal.structure")));
    if (deal.structure() == null) {
      Paragraph none = new Paragraph(getTranslation("deal.noStructure"));
      none.setId("deal-no-structure");
      add(none);
    } else {
      add(trancheGrid(deal), feeGrid(deal), triggerGrid(deal));
      Paragraph extra =
          new Paragraph(
              getTranslation(
                  "deal.structureFacts",
                  getTranslation("deal.principal." + deal.structure().principalPayment()),
                  deal.structure().reserve() == null
                      ? "—"
                      : deal.structure().reserve().target()
                          + " / "
                          + deal.structure().reserve().initial(),
                  deal.structure().cleanUpCallPoolFactor() == null
                      ? "—"
                      : deal.structure().cleanUpCallPoolFactor()));
      extra.setId("deal-structure-facts");
      add(extra);
    }
    if (editable) {
      add(structureEditor(deal));
    }
  }

  private Grid<PoolAssetView> poolGrid(DealView deal) {
    Grid<PoolAssetView> grid = new Grid<>();
    grid.setId("deal-pool");
    grid.addColumn(PoolAssetView::title)
        .setHeader(getTranslation("deal.col.asset"))
        .setWidth("14em");
    grid.addColumn(a -> getTranslation("deal.kind." + a.instrumentKind()))
        .setHeader(getTranslation("deal.col.kind"))
        .setAutoWidth(true);
    grid.addColumn(PoolAssetView::obligor)
        .setHeader(getTranslation("deal.col.obligor"))
        .setAutoWidth(true);
    grid.addColumn(a -> amount(deal.currency(), a.balance()))
        .setHeader(getTranslation("deal.col.balance"))
        .setAutoWidth(true);
    grid.addColumn(a -> a.maturityDate() == null ? "—" : a.maturityDate().toString())
        .setHeader(getTranslation("deal.col.maturity"))
        .setAutoWidth(true);
    grid.addColumn(a -> checks(a.checks()))
        .setHeader(getTranslation("deal.col.eligibility"))
        .setWidth("22em")
        .setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(deal.pool());
    grid.setEmptyStateText(getTranslation("deal.poolEmpty"));
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Grid<CandidateView> candidateGrid(DealView deal) {
    Grid<CandidateView> grid = new Grid<>();
    grid.setId("deal-candidates");
    grid.addColumn(CandidateView::title)
        .setHeader(getTranslation("deal.col.asset"))
        .setWidth("14em");
    grid.addColumn(c -> getTranslation("deal.kind." + c.instrumentKind()))
        .setHeader(getTranslation("deal.col.kind"))
        .setAutoWidth(true);
    grid.addColumn(CandidateView::obligor)
        .setHeader(getTranslation("deal.col.obligor"))
        .setAutoWidth(true);
    grid.addColumn(c -> amount(deal.currency(), c.balance()))
        .setHeader(getTranslation("deal.col.balance"))
        .setAutoWidth(true);
    grid.addColumn(c -> checks(c.checks()))
        .setHeader(getTranslation("deal.col.eligibility"))
        .setWidth("22em")
        .setFlexGrow(1);
    grid.addComponentColumn(
            c -> {
              if (c.inPool()) {
                return new Span(getTranslation("deal.inPool"));
              }
              Button add = new Button(getTranslation("deal.add"), e -> addToPool(c.instrumentId()));
              add.setId("deal-add-" + c.instrumentId());
              add.setEnabled(c.eligible());
              return add;
            })
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(deals.candidates(me, dealId));
    grid.setEmptyStateText(getTranslation("deal.noCandidates"));
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Grid<TrancheView> trancheGrid(DealView deal) {
    Grid<TrancheView> grid = new Grid<>();
    grid.setId("deal-tranches");
    grid.addColumn(TrancheView::seniority)
        .setHeader(getTranslation("deal.col.seniority"))
        .setAutoWidth(true);
    grid.addColumn(TrancheView::name)
        .setHeader(getTranslation("deal.col.tranche"))
        .setAutoWidth(true);
    grid.addColumn(t -> getTranslation("deal.class." + t.trancheClass()))
        .setHeader(getTranslation("deal.col.class"))
        .setAutoWidth(true);
    grid.addColumn(t -> amount(deal.currency(), t.balance()))
        .setHeader(getTranslation("deal.col.size"))
        .setAutoWidth(true);
    grid.addColumn(t -> t.coupon() == null ? "—" : t.coupon())
        .setHeader(getTranslation("deal.col.coupon"))
        .setAutoWidth(true);
    grid.addColumn(t -> t.instrumentId() == null ? "—" : t.instrumentId())
        .setHeader(getTranslation("deal.col.instrument"))
        .setAutoWidth(true);
    grid.setItems(deal.structure().tranches());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Grid<FeeView> feeGrid(DealView deal) {
    Grid<FeeView> grid = new Grid<>();
    grid.setId("deal-fees");
    grid.addColumn(FeeView::name).setHeader(getTranslation("deal.col.fee")).setAutoWidth(true);
    grid.addColumn(
            f ->
                f.fixed() != null
                    ? getTranslation("deal.fee.fixed", deal.currency() + " " + f.fixed())
                    : getTranslation("deal.fee.rate", f.rate()))
        .setHeader(getTranslation("deal.col.feeTerms"))
        .setFlexGrow(1);
    grid.setItems(deal.structure().fees());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Grid<TriggerView> triggerGrid(DealView deal) {
    Grid<TriggerView> grid = new Grid<>();
    grid.setId("deal-triggers");
    grid.addColumn(TriggerView::name)
        .setHeader(getTranslation("deal.col.trigger"))
        .setAutoWidth(true);
    grid.addColumn(t -> t.test() + (t.tranche() == null ? "" : " " + t.tranche()))
        .setHeader(getTranslation("deal.col.test"))
        .setAutoWidth(true);
    grid.addColumn(TriggerView::threshold)
        .setHeader(getTranslation("deal.col.threshold"))
        .setAutoWidth(true);
    grid.addColumn(t -> getTranslation(t.curable() ? "deal.curable" : "deal.notCurable"))
        .setHeader(getTranslation("deal.col.curable"))
        .setAutoWidth(true);
    grid.addColumn(t -> getTranslation("deal.effect." + t.effect()))
        .setHeader(getTranslation("deal.col.effect"))
        .setFlexGrow(1);
    grid.setItems(deal.structure().triggers());
    grid.setEmptyStateText(getTranslation("deal.noTriggers"));
    grid.setAllRowsVisible(true);
    return grid;
  }

  private VerticalLayout structureEditor(DealView deal) {
    TextArea editor = new TextArea(getTranslation("deal.structureEditor"));
    editor.setId("deal-structure-json");
    editor.setWidthFull();
    editor.setMinHeight("16em");
    editor.setValue(STRUCTURE_TEMPLATE);
    Button save =
        new Button(getTranslation("deal.saveStructure"), e -> saveStructure(editor.getValue()));
    save.setId("deal-save-structure");
    Button submit = new Button(getTranslation("deal.submit"), e -> submit());
    submit.setId("deal-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setEnabled(deal.dealFileReady());
    VerticalLayout block = new VerticalLayout(editor, new HorizontalLayout(save, submit));
    block.setPadding(false);
    return block;
  }

  private void addToPool(String instrumentId) {
    act(() -> deals.addToPool(me, dealId, instrumentId), "deal.added");
  }

  private void saveStructure(String text) {
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      Notifications.error(getTranslation("deal.notJson", e.getOriginalMessage()));
      return;
    }
    act(() -> deals.defineStructure(me, dealId, json), "deal.structureSaved");
  }

  private void submit() {
    act(() -> deals.submit(me, dealId), "deal.submitted");
  }

  private void act(Runnable action, String successKey) {
    try {
      action.run();
      Notifications.success(getTranslation(successKey, dealId));
      render();
    } catch (ValidationException e) {
      Notifications.errors(e.problems());
    } catch (ConflictException | AccessDeniedException | NotFoundException e) {
      Notifications.error(e.getMessage());
    }
  }

  static String checks(List<CheckView> checks) {
    return checks.stream()
        .map(c -> (c.passed() ? "✓ " : "✗ ") + c.criterion() + ": " + c.detail())
        .collect(Collectors.joining(" · "));
  }

  /** A decimal amount as the view shows money: currency, grouped thousands, its own decimals. */
  static String amount(String currency, String plain) {
    java.math.BigDecimal value = new java.math.BigDecimal(plain);
    return currency
        + " "
        + String.format(Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value);
  }
}
