package org.cornerstone.securitization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cornerstone.securitization.application.PaymentDateView;
import org.cornerstone.securitization.application.PaymentDates;
import org.cornerstone.securitization.application.ServicerReport;
import org.cornerstone.securitization.application.TapeReports;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * A closed deal's payment dates: per period the status, the collections, what each tranche's
 * holders receive and the investor report (PDF, English or Chinese) once the trustee approved the
 * waterfall; for the deal's servicer the report of the next period.
 */
@Route(value = "deals/:id/payment-dates", layout = MainLayout.class)
@PageTitle("Payment dates | Cornerstone")
@RolesAllowed({"SERVICER", "TRUSTEE", "SENIOR_TRUSTEE", "STRUCTURER", "AUDITOR", "ADMIN"})
public class PaymentDatesView extends VerticalLayout implements BeforeEnterObserver {
  private final transient PaymentDates paymentDates;
  private final transient TapeReports tapeReports;
  private final Actor me;
  private String dealId;

  @Inject
  public PaymentDatesView(PaymentDates paymentDates, TapeReports tapeReports) {
    this.paymentDates = paymentDates;
    this.tapeReports = tapeReports;
    this.me = SignedIn.require();
    setId("payment-dates");
  }

  /** The link from the deal's page. */
  public static Component link(Component on, String dealId) {
    Anchor a =
        new Anchor("deals/" + dealId + "/payment-dates", on.getTranslation("paymentDate.link"));
    a.setId("deal-payment-dates");
    return a;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    dealId = event.getRouteParameters().get("id").orElse("");
    render();
  }

  private void render() {
    removeAll();
    List<PaymentDateView> periods;
    Optional<Integer> next;
    try {
      periods = paymentDates.list(me, dealId);
      next = paymentDates.nextPeriod(me, dealId);
    } catch (NotFoundException | AccessDeniedException e) {
      Paragraph missing = new Paragraph(e.getMessage());
      missing.setId("payment-dates-missing");
      add(new H2(getTranslation("paymentDate.heading", dealId)), missing);
      return;
    }
    add(new H2(getTranslation("paymentDate.heading", dealId)));
    Grid<PaymentDateView> grid = new Grid<>();
    grid.setId("payment-dates-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(PaymentDateView::period)
        .setHeader(getTranslation("paymentDate.period"))
        .setAutoWidth(true);
    grid.addColumn(PaymentDateView::paymentDate)
        .setHeader(getTranslation("paymentDate.paymentDate"))
        .setAutoWidth(true);
    grid.addColumn(p -> getTranslation("paymentDate.status." + p.status()))
        .setHeader(getTranslation("paymentDate.status"))
        .setAutoWidth(true);
    grid.addColumn(p -> p.recordDate() == null ? "—" : p.recordDate().toString())
        .setHeader(getTranslation("paymentDate.recordDate"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::reports)
        .setHeader(getTranslation("paymentDate.report"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            p ->
                lines(
                    List.of(
                        getTranslation(
                            "paymentDate.collectionsCell",
                            grouped(p.interest()),
                            grouped(p.principal()),
                            grouped(p.recoveries()),
                            grouped(p.losses())))))
        .setHeader(getTranslation("paymentDate.collections"))
        .setWidth("12em")
        .setFlexGrow(1);
    grid.addComponentColumn(
            p ->
                lines(
                    p.tranches().stream()
                        .map(
                            t ->
                                getTranslation(
                                    "paymentDate.trancheCell",
                                    t.tranche(),
                                    grouped(t.toHolders()),
                                    grouped(t.writeDown()),
                                    grouped(t.balanceEnd())))
                        .toList()))
        .setHeader(getTranslation("paymentDate.tranchePayments"))
        .setWidth("18em")
        .setFlexGrow(2);
    grid.setItems(periods);
    add(grid);
    periods.stream()
        .filter(p -> p.rejectionReason() != null)
        .reduce((a, b) -> b)
        .ifPresent(
            p -> {
              Paragraph rejected =
                  new Paragraph(
                      getTranslation(
                          "paymentDate.rejected", p.period(), p.rejectedBy(), p.rejectionReason()));
              rejected.setId("payment-date-rejected");
              add(rejected);
            });
    if (next.isPresent() && me.has(org.cornerstone.shared.Role.SERVICER)) {
      add(form(next.get()));
    }
  }

  /** A decimal amount as the pages show money: grouped thousands, its own decimals. */
  static String grouped(String amount) {
    if (amount == null || amount.isBlank()) {
      return "—";
    }
    java.math.BigDecimal value = new java.math.BigDecimal(amount);
    return String.format(Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value);
  }

  private static Component lines(List<String> texts) {
    com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div();
    for (String text : texts) {
      box.add(new com.vaadin.flow.component.html.Div(text));
    }
    return box;
  }

  private Component reports(PaymentDateView p) {
    if (!"APPROVED".equals(p.status()) && !"PAID".equals(p.status())) {
      return new HorizontalLayout();
    }
    // stacked, so that the collections and tranche columns keep the width of the page
    VerticalLayout links =
        new VerticalLayout(
            download(p, Locale.ENGLISH, "paymentDate.reportEn", "en"),
            download(p, Locale.SIMPLIFIED_CHINESE, "paymentDate.reportZh", "zh"));
    links.setPadding(false);
    links.setSpacing(false);
    return links;
  }

  private Anchor download(PaymentDateView p, Locale language, String label, String suffix) {
    Anchor a =
        new Anchor(
            DownloadHandler.fromInputStream(
                e ->
                    new DownloadResponse(
                        new ByteArrayInputStream(
                            paymentDates.investorReport(me, dealId, p.period(), language)),
                        "investor-report-" + dealId + "-P" + p.period() + "-" + suffix + ".pdf",
                        "application/pdf",
                        -1)),
            getTranslation(label));
    a.setId("payment-date-report-" + p.period() + "-" + suffix);
    return a;
  }

  private Component form(int period) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.add(new H3(getTranslation("paymentDate.form.heading", period)));
    IntegerField number = new IntegerField(getTranslation("paymentDate.period"));
    number.setValue(period);
    number.setId("payment-date-period");
    TextField interest = field("interest");
    TextField principal = field("principal");
    TextField recoveries = field("recoveries");
    TextField losses = field("losses");
    TextField current = field("current");
    IntegerField currentCount = count("currentCount");
    TextField days30 = field("days30");
    IntegerField days30Count = count("days30Count");
    TextField days60 = field("days60");
    IntegerField days60Count = count("days60Count");
    TextField days90 = field("days90Plus");
    IntegerField days90Count = count("days90PlusCount");
    FormLayout form =
        new FormLayout(
            number,
            interest,
            principal,
            recoveries,
            losses,
            current,
            currentCount,
            days30,
            days30Count,
            days60,
            days60Count,
            days90,
            days90Count);
    Button submit = new Button(getTranslation("paymentDate.form.submit"));
    submit.setId("payment-date-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        e -> {
          try {
            PaymentDateView done =
                paymentDates.submit(
                    me,
                    dealId,
                    new ServicerReport(
                        number.getValue(),
                        interest.getValue(),
                        principal.getValue(),
                        recoveries.getValue(),
                        losses.getValue(),
                        current.getValue(),
                        currentCount.getValue(),
                        days30.getValue(),
                        days30Count.getValue(),
                        days60.getValue(),
                        days60Count.getValue(),
                        days90.getValue(),
                        days90Count.getValue()));
            Notifications.success(getTranslation("paymentDate.form.submitted", done.period()));
            render();
          } catch (ValidationException ex) {
            Notifications.errors(ex.problems());
          } catch (ConflictException | AccessDeniedException | NotFoundException ex) {
            Notifications.error(ex.getMessage());
          }
        });
    tapeReports
        .suggested(me, dealId)
        .ifPresent(
            r -> {
              // the tape's figures as defaults the servicer checks and may overwrite
              Button fill =
                  new Button(
                      getTranslation("paymentDate.form.fromTape"),
                      e -> {
                        interest.setValue(r.interest());
                        principal.setValue(r.principal());
                        recoveries.setValue(r.recoveries());
                        losses.setValue(r.losses());
                        current.setValue(r.current());
                        currentCount.setValue(r.currentCount());
                        days30.setValue(r.days30());
                        days30Count.setValue(r.days30Count());
                        days60.setValue(r.days60());
                        days60Count.setValue(r.days60Count());
                        days90.setValue(r.days90Plus());
                        days90Count.setValue(r.days90PlusCount());
                      });
              fill.setId("payment-date-from-tape");
              box.add(fill, new Paragraph(getTranslation("paymentDate.form.fromTapeHint")));
            });
    box.add(form, submit);
    return box;
  }

  private TextField field(String name) {
    TextField f = new TextField(getTranslation("paymentDate.form." + name));
    f.setId("payment-date-" + name);
    return f;
  }

  private IntegerField count(String name) {
    IntegerField f = new IntegerField(getTranslation("paymentDate.form." + name));
    f.setId("payment-date-" + name);
    f.setMin(0);
    return f;
  }
}
