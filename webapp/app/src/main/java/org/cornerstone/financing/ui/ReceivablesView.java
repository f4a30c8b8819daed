package org.cornerstone.financing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cornerstone.financing.application.ReceivableUpload;
import org.cornerstone.financing.application.ReceivableView;
import org.cornerstone.financing.application.Receivables;
import org.cornerstone.financing.application.SubmitReceivable;
import org.cornerstone.financing.domain.ReceivableDocumentType;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.LimitedUpload;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.ServiceMessages;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.UploadTexts;

/**
 * The supplier's receivables: submit an invoice on a core enterprise with its purchase order and
 * delivery proof, and follow each one (status, the debtor's dispute reason, the certificate
 * issued).
 */
@Menu(title = "nav.receivables", order = 70, icon = "vaadin:invoice")
@Route(value = "receivables", layout = MainLayout.class)
@PageTitle("Receivables | Cornerstone")
@RolesAllowed("SUPPLIER")
public class ReceivablesView extends VerticalLayout {
  private static final List<String> CURRENCIES = List.of("CNY", "USD", "HKD");

  private final Receivables receivables;
  private final Select<OrganisationView> debtor = new Select<>();
  private final TextField invoiceNumber = new TextField();
  private final TextField amount = new TextField();
  private final Select<String> currency = new Select<>();
  private final DatePicker issueDate = new DatePicker();
  private final DatePicker dueDate = new DatePicker();
  private final List<ReceivableUpload> files = new ArrayList<>();
  private final Div errors = new Div();
  private final Button submit = new Button();
  private final Grid<ReceivableView> mine = new Grid<>();
  private final Map<String, String> debtorNames;

  @Inject
  public ReceivablesView(Receivables receivables, Settings settings) {
    this.receivables = receivables;
    setId("receivables-view");
    List<OrganisationView> debtors = receivables.debtors();
    debtorNames =
        debtors.stream().collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));

    debtor.setId("receivable-debtor");
    debtor.setLabel(getTranslation("receivable.col.debtor"));
    debtor.setItems(debtors);
    debtor.setItemLabelGenerator(OrganisationView::name);
    invoiceNumber.setId("receivable-invoice");
    invoiceNumber.setLabel(getTranslation("receivable.col.invoice"));
    invoiceNumber.setMaxLength(100);
    amount.setId("receivable-amount");
    amount.setLabel(getTranslation("receivable.col.amount"));
    amount.setHelperText(getTranslation("receivable.amount.help"));
    amount.setAllowedCharPattern("[0-9.,]");
    currency.setId("receivable-currency");
    currency.setLabel(getTranslation("receivable.col.currency"));
    currency.setItems(CURRENCIES);
    currency.setValue("CNY");
    issueDate.setId("receivable-issue-date");
    issueDate.setLabel(getTranslation("receivable.col.issueDate"));
    dueDate.setId("receivable-due-date");
    dueDate.setLabel(getTranslation("receivable.col.dueDate"));

    errors.setId("receivable-errors");
    errors.addClassName("form-errors");
    errors.setVisible(false);

    submit.setText(getTranslation("receivable.submit"));
    submit.setId("receivable-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit());

    mine.setId("my-receivables");
    mine.addColumn(ReceivableView::id)
        .setHeader(getTranslation("receivable.col.id"))
        .setAutoWidth(true);
    mine.addColumn(ReceivableView::invoiceNumber)
        .setHeader(getTranslation("receivable.col.invoice"))
        .setAutoWidth(true);
    mine.addColumn(r -> debtorNames.getOrDefault(r.debtorOrganisation(), r.debtorOrganisation()))
        .setHeader(getTranslation("receivable.col.debtor"))
        .setAutoWidth(true);
    mine.addColumn(r -> r.currency() + " " + r.amount())
        .setHeader(getTranslation("receivable.col.amount"))
        .setAutoWidth(true);
    mine.addColumn(r -> r.dueDate().toString())
        .setHeader(getTranslation("receivable.col.dueDate"))
        .setAutoWidth(true);
    mine.addComponentColumn(
            r -> {
              Span badge =
                  Formats.statusBadge(
                      r.status(), getTranslation("receivable.status." + r.status()));
              badge.setId("receivable-status-" + r.id());
              return badge;
            })
        .setHeader(getTranslation("receivable.col.status"))
        .setAutoWidth(true);
    mine.addComponentColumn(
            r -> {
              Span certificate = new Span(r.certificateId() == null ? "" : r.certificateId());
              certificate.setId("receivable-certificate-" + r.id());
              return certificate;
            })
        .setHeader(getTranslation("receivable.col.certificate"))
        .setAutoWidth(true);
    mine.addColumn(r -> r.reason() == null ? "" : r.reason())
        .setHeader(getTranslation("receivable.col.reason"))
        .setFlexGrow(1);
    mine.setEmptyStateText(getTranslation("receivable.empty"));
    mine.setAllRowsVisible(true);

    HorizontalLayout terms = new HorizontalLayout(debtor, invoiceNumber, amount, currency);
    terms.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    HorizontalLayout dates = new HorizontalLayout(issueDate, dueDate);
    add(
        new H2(getTranslation("receivable.heading")),
        new Paragraph(getTranslation("receivable.intro")),
        errors,
        new H3(getTranslation("receivable.new")),
        terms,
        dates,
        upload("upload-purchase-order", ReceivableDocumentType.PURCHASE_ORDER, settings),
        upload("upload-delivery-proof", ReceivableDocumentType.DELIVERY_PROOF, settings),
        submit,
        new H3(getTranslation("receivable.mine")),
        mine);
    refresh();
  }

  private HorizontalLayout upload(String id, ReceivableDocumentType type, Settings settings) {
    long maxBytes = settings.maxUploadBytes();
    Upload upload =
        new Upload(
            LimitedUpload.toTempFiles(
                maxBytes,
                (metadata, file) ->
                    files.add(new ReceivableUpload(metadata.fileName(), type, null, file))));
    upload.setId(id);
    upload.setMaxFiles(1);
    UploadTexts.apply(upload);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
    upload.setAcceptedFileTypes(
        "application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
    upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    upload.addFileRemovedListener(
        e -> discard(f -> f.type() == type && f.fileName().equals(e.getFileName())));
    Span label = new Span(getTranslation("receivable.doc." + type.name()));
    label.addClassName("fact-label");
    HorizontalLayout row = new HorizontalLayout(label, upload);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    return row;
  }

  private void submit() {
    try {
      ReceivableView made =
          receivables.submit(
              SignedIn.require(),
              new SubmitReceivable(
                  debtor.getValue() == null ? null : debtor.getValue().id(),
                  invoiceNumber.getValue(),
                  amount.getValue(),
                  currency.getValue(),
                  issueDate.getValue() == null ? null : issueDate.getValue().toString(),
                  dueDate.getValue() == null ? null : dueDate.getValue().toString(),
                  List.copyOf(files)));
      errors.setVisible(false);
      discard(f -> true);
      invoiceNumber.clear();
      amount.clear();
      Notifications.success(getTranslation("receivable.submitted", made.id()));
      getUI().ifPresent(ui -> ui.getPage().reload());
    } catch (ValidationException e) {
      showProblems(e.problems());
    } catch (ConflictException e) {
      showProblems(List.of(e.getMessage()));
    } finally {
      submit.setEnabled(true);
    }
  }

  private void showProblems(List<String> problems) {
    errors.removeAll();
    UnorderedList list = new UnorderedList();
    ServiceMessages.localize(problems).forEach(p -> list.add(new ListItem(p)));
    errors.add(new Paragraph(getTranslation("receivable.errors")), list);
    errors.setVisible(true);
    Notifications.errors(problems);
  }

  private void discard(java.util.function.Predicate<ReceivableUpload> which) {
    files.removeIf(
        f -> {
          if (!which.test(f)) {
            return false;
          }
          if (f.spooled() != null) {
            f.spooled().delete();
          }
          return true;
        });
  }

  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
    discard(f -> true);
    super.onDetach(event);
  }

  private void refresh() {
    mine.setItems(receivables.mine(SignedIn.require()));
  }
}
