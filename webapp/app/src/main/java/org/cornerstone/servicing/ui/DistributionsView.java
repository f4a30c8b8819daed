package org.cornerstone.servicing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.servicing.application.CollectionReport;
import org.cornerstone.servicing.application.DistributionService;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.domain.MinorUnits;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.FileUpload;
import org.cornerstone.shared.documents.SpooledFile;
import org.cornerstone.ui.base.LimitedUpload;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.ServiceMessages;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.StartPage;
import org.cornerstone.ui.base.UploadTexts;

/**
 * Distributions: the servicer's collection form (period, gross amount, costs, record and payment
 * dates, the rent roll or royalty statement) and the list of distributions, each opening its page.
 */
@StartPage(rank = 6)
@Menu(title = "nav.distributions", order = 64, icon = "vaadin:money-exchange")
@Route(value = "distributions", layout = MainLayout.class)
@PageTitle("Distributions | Cornerstone")
@RolesAllowed({"SERVICER", "ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
public class DistributionsView extends VerticalLayout {
  private final DistributionService distributions;
  private final ComboBox<InstrumentView> instrument = new ComboBox<>();
  private final TextField period = new TextField();
  private final TextField gross = new TextField();
  private final TextField costs = new TextField();
  private final DatePicker recordDate = new DatePicker();
  private final DatePicker paymentDate = new DatePicker();
  private final Div errors = new Div();
  private final Grid<DistributionSummary> list = new Grid<>();
  private SpooledUpload evidence;

  /** The uploaded evidence, kept on disk until the form is sent. */
  record SpooledUpload(String fileName, SpooledFile spooled) implements FileUpload {
    @Override
    public byte[] content() {
      return spooled.bytes();
    }
  }

  @Inject
  public DistributionsView(
      DistributionService distributions,
      Settings settings,
      org.cornerstone.servicing.application.ServicingSettings servicing,
      Clock clock) {
    this.distributions = distributions;
    setId("distributions-view");
    Actor actor = SignedIn.require();
    add(new H2(getTranslation("servicing.heading")));
    if (DistributionService.isServicer(actor)) {
      List<InstrumentView> reportable = distributions.reportable(actor);
      add(new H3(getTranslation("servicing.report.heading")));
      if (reportable.isEmpty()) {
        add(new Paragraph(getTranslation("servicing.report.nothing")));
      } else {
        add(
            form(
                reportable,
                settings.maxUploadBytes(),
                LocalDate.now(clock.withZone(servicing.zone()))));
      }
    }
    add(new H3(getTranslation("servicing.list.heading")));
    list.setId("distributions-grid");
    list.addThemeVariants(GridVariant.LUMO_COMPACT);
    list.addColumn(DistributionSummary::distributionId)
        .setHeader(getTranslation("servicing.col.id"))
        .setAutoWidth(true);
    list.addColumn(DistributionSummary::instrumentId)
        .setHeader(getTranslation("servicing.col.instrument"))
        .setAutoWidth(true);
    list.addColumn(DistributionSummary::period)
        .setHeader(getTranslation("servicing.col.period"))
        .setAutoWidth(true);
    list.addColumn(s -> s.currency() + " " + MinorUnits.format(s.netMinor(), s.currency()))
        .setHeader(getTranslation("servicing.col.net"))
        .setAutoWidth(true);
    list.addColumn(DistributionSummary::recordDate)
        .setHeader(getTranslation("servicing.recordDate"))
        .setAutoWidth(true);
    list.addColumn(DistributionSummary::paymentDate)
        .setHeader(getTranslation("servicing.paymentDate"))
        .setAutoWidth(true);
    list.addColumn(DistributionSummary::holderCount)
        .setHeader(getTranslation("servicing.col.holders"))
        .setAutoWidth(true);
    list.addColumn(s -> getTranslation("servicing.dstate." + s.state()))
        .setHeader(getTranslation("servicing.col.state"))
        .setAutoWidth(true);
    list.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate("distributions/" + e.getItem().distributionId())));
    list.setAllRowsVisible(true);
    list.setWidthFull();
    add(list);
    refresh();
  }

  private VerticalLayout form(List<InstrumentView> reportable, long maxBytes, LocalDate today) {
    instrument.setId("collection-instrument");
    instrument.setLabel(getTranslation("servicing.col.instrument"));
    instrument.setItems(reportable);
    instrument.setItemLabelGenerator(i -> i.id() + " (" + i.currency() + ")");
    instrument.setValue(reportable.get(0));
    period.setId("collection-period");
    period.setLabel(getTranslation("servicing.col.period"));
    period.setPlaceholder(getTranslation("distribution.period.placeholder"));
    period.setMaxLength(40);
    gross.setId("collection-gross");
    gross.setLabel(getTranslation("servicing.gross"));
    gross.setPlaceholder(getTranslation("distribution.gross.placeholder"));
    costs.setId("collection-costs");
    costs.setLabel(getTranslation("servicing.costs"));
    costs.setValue("0.00");
    recordDate.setId("collection-record-date");
    recordDate.setLabel(getTranslation("servicing.recordDate"));
    recordDate.setValue(today);
    paymentDate.setId("collection-payment-date");
    paymentDate.setLabel(getTranslation("servicing.paymentDate"));
    paymentDate.setValue(today);
    Upload upload =
        new Upload(
            LimitedUpload.toTempFiles(
                maxBytes,
                (metadata, file) -> evidence = new SpooledUpload(metadata.fileName(), file)));
    upload.setId("collection-evidence");
    upload.setMaxFiles(1);
    UploadTexts.apply(upload);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
    upload.setAcceptedFileTypes(
        "application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
    upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    upload.addFileRemovedListener(e -> discard());
    Button submit = new Button(getTranslation("servicing.report.submit"), e -> submit(upload));
    submit.setId("collection-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    errors.setId("collection-errors");
    errors.addClassName("form-errors");
    errors.setVisible(false);
    FlexLayout fields = new FlexLayout(instrument, period, gross, costs, recordDate, paymentDate);
    fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    fields.getStyle().set("gap", "var(--lumo-space-m)");
    Paragraph help = new Paragraph(getTranslation("servicing.evidence.help"));
    VerticalLayout form = new VerticalLayout(fields, help, upload, errors, submit);
    form.setPadding(false);
    return form;
  }

  private void submit(Upload upload) {
    try {
      String id =
          distributions.report(
              SignedIn.require(),
              new CollectionReport(
                  instrument.getValue() == null ? null : instrument.getValue().id(),
                  period.getValue(),
                  gross.getValue(),
                  costs.getValue(),
                  recordDate.getValue(),
                  paymentDate.getValue(),
                  evidence));
      errors.setVisible(false);
      Notifications.success(getTranslation("servicing.report.done", id));
      discard();
      upload.clearFileList();
      period.clear();
      gross.clear();
      refresh();
    } catch (ValidationException e) {
      showErrors(e.problems());
    } catch (AccessDeniedException e) {
      showErrors(List.of(e.getMessage()));
    }
  }

  private void showErrors(List<String> problems) {
    errors.removeAll();
    UnorderedList items = new UnorderedList();
    ServiceMessages.localize(problems).forEach(p -> items.add(new ListItem(p)));
    errors.add(new Paragraph(getTranslation("servicing.report.errors")), items);
    errors.setVisible(true);
    Notifications.errors(problems);
  }

  private void discard() {
    if (evidence != null && evidence.spooled() != null) {
      evidence.spooled().delete();
    }
    evidence = null;
  }

  private void refresh() {
    list.setItems(distributions.distributions(SignedIn.require()));
  }

  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
    discard();
    super.onDetach(event);
  }
}
