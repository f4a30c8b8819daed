package org.cornerstone.origination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.cornerstone.origination.application.AssetSubmissionService;
import org.cornerstone.origination.application.AssetSummary;
import org.cornerstone.origination.application.DocumentChecklist;
import org.cornerstone.origination.application.DocumentUpload;
import org.cornerstone.origination.application.SubmitCopyrightAsset;
import org.cornerstone.origination.application.SubmitRealEstateAsset;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.LimitedUpload;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.UploadTexts;

/**
 * An originator submits a real-estate asset or a copyright with its evidence. The form shows the
 * fields and documents of the chosen kind; the server checks everything again.
 */
@Menu(title = "nav.submit", order = 20, icon = "vaadin:plus")
@Route(value = "assets/new", layout = MainLayout.class)
@PageTitle("Submit asset | Cornerstone")
@RolesAllowed("ORIGINATOR")
public class SubmitAssetView extends VerticalLayout {
  private final AssetSubmissionService submissions;

  /** One key per opened form: a double click or a resubmitted form creates one asset, not two. */
  private final String submissionKey = UUID.randomUUID().toString();

  private final List<DocumentUpload> documents = Collections.synchronizedList(new ArrayList<>());
  private final RadioButtonGroup<AssetKind> kind = new RadioButtonGroup<>();
  private final TextField title = new TextField();
  private final TextArea address = new TextArea();
  private final ComboBox<String> jurisdiction = new ComboBox<>();
  private final TextField appraisedValue = new TextField();
  private final ComboBox<String> currency = new ComboBox<>();
  private final TextField tokensToIssue = new TextField();
  private final TextField registrationNumber = new TextField();
  private final TextField registrationAuthority = new TextField();
  private final TextField authors = new TextField();
  private final TextField rightsHolder = new TextField();
  private final Div errors = new Div();
  private final VerticalLayout realEstateDocuments = new VerticalLayout();
  private final VerticalLayout copyrightDocuments = new VerticalLayout();
  private final Paragraph valuationNote = new Paragraph();
  private final H2 heading = new H2();
  private final DocumentChecklist checklist;

  /** Per kind, the upload box of each document type and the label above it. */
  private final java.util.Map<AssetKind, java.util.Map<DocumentType, VerticalLayout>> boxes =
      new java.util.EnumMap<>(AssetKind.class);

  private final List<Upload> uploads = new ArrayList<>();

  @Inject
  public SubmitAssetView(
      AssetSubmissionService submissions, DocumentChecklist checklist, Settings settings) {
    this.submissions = submissions;
    this.checklist = checklist;
    heading.setId("submit-heading");
    setId("submit-asset-view");
    setMaxWidth("960px");

    kind.setId("asset-kind");
    kind.setLabel(getTranslation("submit.kind"));
    kind.setItems(AssetKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
    kind.setValue(AssetKind.REAL_ESTATE);
    kind.addValueChangeListener(e -> showKind(e.getValue()));

    title.setLabel(getTranslation("submit.title"));
    address.setLabel(getTranslation("submit.address"));
    jurisdiction.setLabel(getTranslation("submit.jurisdiction"));
    currency.setLabel(getTranslation("submit.currency"));
    tokensToIssue.setLabel(getTranslation("submit.tokens"));
    title.setId("asset-title");
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(200);
    title.setPlaceholder(getTranslation("submit.title.placeholder"));
    address.setId("asset-address");
    address.setRequiredIndicatorVisible(true);
    address.setMaxLength(500);
    jurisdiction.setId("asset-jurisdiction");
    jurisdiction.setItems("CN-GD (Guangdong)", "CN-SH (Shanghai)", "CN-BJ (Beijing)", "HK", "SG");
    jurisdiction.setAllowCustomValue(true);
    jurisdiction.addCustomValueSetListener(e -> jurisdiction.setValue(e.getDetail()));
    jurisdiction.addValueChangeListener(e -> showRequirements());
    jurisdiction.setRequiredIndicatorVisible(true);
    jurisdiction.setHelperText(getTranslation("submit.jurisdiction.help"));
    appraisedValue.setId("asset-appraised-value");
    appraisedValue.setRequiredIndicatorVisible(true);
    appraisedValue.setPlaceholder(getTranslation("submit.value.placeholder"));
    currency.setId("asset-currency");
    currency.setItems("CNY", "HKD", "USD", "EUR", "SGD");
    currency.setValue("CNY");
    tokensToIssue.setId("asset-tokens");
    tokensToIssue.setRequiredIndicatorVisible(true);
    tokensToIssue.setPlaceholder(getTranslation("submit.tokens.placeholder"));
    tokensToIssue.setHelperText(getTranslation("submit.tokens.help"));
    registrationNumber.setId("copyright-registration-number");
    registrationNumber.setLabel(getTranslation("submit.registrationNumber"));
    registrationNumber.setHelperText(getTranslation("submit.registrationNumber.help"));
    registrationAuthority.setId("copyright-registration-authority");
    registrationAuthority.setLabel(getTranslation("submit.registrationAuthority"));
    registrationAuthority.setHelperText(getTranslation("submit.registrationAuthority.help"));
    authors.setId("copyright-authors");
    authors.setLabel(getTranslation("submit.authors"));
    rightsHolder.setId("copyright-rights-holder");
    rightsHolder.setLabel(getTranslation("submit.rightsHolder"));
    for (TextField f : List.of(registrationNumber, registrationAuthority, authors, rightsHolder)) {
      f.setRequiredIndicatorVisible(true);
      f.setMaxLength(f == authors ? 500 : 200);
    }

    FormLayout form =
        new FormLayout(
            title,
            jurisdiction,
            address,
            registrationNumber,
            registrationAuthority,
            authors,
            rightsHolder,
            appraisedValue,
            currency,
            tokensToIssue);
    form.setColspan(address, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

    int maxBytes = (int) Math.min(Integer.MAX_VALUE, settings.maxUploadBytes());
    realEstateDocuments.setPadding(false);
    realEstateDocuments.add(
        box(AssetKind.REAL_ESTATE, DocumentType.TITLE_DEED, "upload-title-deed", 1, maxBytes),
        box(AssetKind.REAL_ESTATE, DocumentType.APPRAISAL_REPORT, "upload-appraisal", 1, maxBytes),
        box(
            AssetKind.REAL_ESTATE,
            DocumentType.INSURANCE_CERTIFICATE,
            "upload-insurance",
            1,
            maxBytes),
        box(AssetKind.REAL_ESTATE, DocumentType.LAND_SEARCH, "upload-land-search", 1, maxBytes),
        box(AssetKind.REAL_ESTATE, DocumentType.LEGAL_OPINION, "upload-legal-opinion", 1, maxBytes),
        box(AssetKind.REAL_ESTATE, DocumentType.OTHER, "upload-other", 10, maxBytes));
    copyrightDocuments.setPadding(false);
    copyrightDocuments.add(
        box(
            AssetKind.COPYRIGHT,
            DocumentType.REGISTRATION_CERTIFICATE,
            "upload-registration-certificate",
            1,
            maxBytes),
        box(
            AssetKind.COPYRIGHT,
            DocumentType.STATUTORY_DECLARATION,
            "upload-statutory-declaration",
            1,
            maxBytes),
        box(
            AssetKind.COPYRIGHT,
            DocumentType.CHAIN_OF_RIGHTS,
            "upload-chain-of-rights",
            5,
            maxBytes),
        box(
            AssetKind.COPYRIGHT,
            DocumentType.ROYALTY_HISTORY,
            "upload-royalty-history",
            1,
            maxBytes),
        box(
            AssetKind.COPYRIGHT,
            DocumentType.LEGAL_OPINION,
            "upload-copyright-legal-opinion",
            1,
            maxBytes),
        box(AssetKind.COPYRIGHT, DocumentType.OTHER, "upload-copyright-other", 10, maxBytes));
    valuationNote.setId("valuation-note");

    errors.setId("form-errors");
    errors.addClassName("form-errors");
    errors.setVisible(false);

    Button submit = new Button(getTranslation("submit.button"), e -> submit());
    submit.setId("submit-asset");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit.setEnabled(true));

    add(
        heading,
        new Paragraph(getTranslation("submit.intro", settings.maxUploadBytes() / (1024 * 1024))),
        kind,
        form,
        new H3(getTranslation("submit.documents")),
        valuationNote,
        realEstateDocuments,
        copyrightDocuments,
        errors,
        submit);
    showKind(AssetKind.REAL_ESTATE);
  }

  private void showKind(AssetKind chosen) {
    boolean copyright = chosen == AssetKind.COPYRIGHT;
    address.setVisible(!copyright);
    registrationNumber.setVisible(copyright);
    registrationAuthority.setVisible(copyright);
    authors.setVisible(copyright);
    rightsHolder.setVisible(copyright);
    realEstateDocuments.setVisible(!copyright);
    copyrightDocuments.setVisible(copyright);
    appraisedValue.setLabel(getTranslation(copyright ? "submit.declaredValue" : "submit.value"));
    valuationNote.setText(
        getTranslation(copyright ? "submit.copyrightNote" : "submit.realEstateNote"));
    heading.setText(getTranslation(copyright ? "submit.heading.copyright" : "submit.heading"));
    showRequirements();
  }

  /**
   * Marks each document required or optional as the decision table {@code required-documents} says
   * for the chosen kind and jurisdiction (the table the process checks the submission with).
   */
  private void showRequirements() {
    AssetKind chosen = kind.getValue() == null ? AssetKind.REAL_ESTATE : kind.getValue();
    var ofKind = boxes.get(chosen);
    for (DocumentChecklist.Item item : checklist.checklist(chosen, jurisdiction.getValue())) {
      VerticalLayout box = ofKind.get(item.type());
      if (box == null) {
        continue;
      }
      box.setVisible(item.offered());
      Paragraph label = (Paragraph) box.getComponentAt(0);
      label.setText(
          getTranslation("doc." + item.type().name())
              + " ("
              + getTranslation(item.required() ? "submit.required" : "submit.optional")
              + ")");
      box.getElement().setAttribute("data-required", String.valueOf(item.required()));
    }
  }

  private VerticalLayout box(
      AssetKind of, DocumentType type, String id, int maxFiles, int maxBytes) {
    Upload upload = upload(id, type, maxFiles, maxBytes, type == DocumentType.ROYALTY_HISTORY);
    uploads.add(upload);
    Paragraph label = new Paragraph(getTranslation("doc." + type.name()));
    label.setId(id + "-label");
    VerticalLayout box = labelled(label, upload);
    // the limit stated by the field itself (the server enforces it while it receives the file)
    com.vaadin.flow.component.html.Span limit =
        new com.vaadin.flow.component.html.Span(
            getTranslation("upload.limit", maxBytes / (1024 * 1024)));
    limit.setId(id + "-limit");
    limit.addClassName("upload-limit");
    box.add(limit);
    boxes.computeIfAbsent(of, k -> new java.util.EnumMap<>(DocumentType.class)).put(type, box);
    return box;
  }

  private Upload upload(String id, DocumentType type, int maxFiles, int maxBytes, boolean csv) {
    Upload upload =
        new Upload(
            LimitedUpload.toTempFiles(
                maxBytes,
                (metadata, file) ->
                    documents.add(new DocumentUpload(metadata.fileName(), type, file))));
    upload.setId(id);
    upload.setMaxFiles(maxFiles);
    UploadTexts.apply(upload);
    upload.setMaxFileSize(maxBytes);
    if (csv) {
      upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
    } else {
      upload.setAcceptedFileTypes(
          "application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
    }
    upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    upload.addFileRemovedListener(
        e -> discard(d -> d.type() == type && d.fileName().equals(e.getFileName())));
    return upload;
  }

  /** Forgets these uploaded files and deletes their temporary files. */
  private void discard(java.util.function.Predicate<DocumentUpload> which) {
    synchronized (documents) {
      documents.removeIf(
          d -> {
            if (!which.test(d)) {
              return false;
            }
            if (d.spooled() != null) {
              d.spooled().delete();
            }
            return true;
          });
    }
  }

  /** Files uploaded but never sent leave no temporary file behind when the form goes away. */
  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
    discard(d -> true);
    super.onDetach(event);
  }

  private static VerticalLayout labelled(Paragraph label, Upload upload) {
    VerticalLayout box = new VerticalLayout(label, upload);
    box.setPadding(false);
    box.setSpacing(false);
    box.addClassName("upload-box");
    return box;
  }

  private void submit() {
    try {
      AssetKind chosen = kind.getValue();
      List<DocumentUpload> ofKind =
          documents.stream()
              .filter(
                  d ->
                      d.type() == DocumentType.OTHER
                          || DocumentType.forKind(chosen).contains(d.type()))
              .toList();
      AssetSummary created =
          chosen == AssetKind.COPYRIGHT
              ? submissions.submitCopyright(
                  SignedIn.require(),
                  new SubmitCopyrightAsset(
                      submissionKey,
                      title.getValue(),
                      jurisdiction.getValue(),
                      registrationNumber.getValue(),
                      registrationAuthority.getValue(),
                      authors.getValue(),
                      rightsHolder.getValue(),
                      appraisedValue.getValue(),
                      currency.getValue(),
                      tokensToIssue.getValue(),
                      ofKind))
              : submissions.submit(
                  SignedIn.require(),
                  new SubmitRealEstateAsset(
                      submissionKey,
                      title.getValue(),
                      address.getValue(),
                      jurisdiction.getValue(),
                      appraisedValue.getValue(),
                      currency.getValue(),
                      tokensToIssue.getValue(),
                      ofKind));
      // nothing of this submission lingers in the form (upload lists, progress, errors)
      uploads.forEach(Upload::clearFileList);
      discard(d -> true);
      errors.removeAll();
      errors.setVisible(false);
      Notifications.success(getTranslation("submit.done", created.id()));
      getUI().ifPresent(ui -> ui.navigate(AssetDetailView.class, created.id()));
    } catch (ValidationException e) {
      showProblems(e.problems());
    }
  }

  private void showProblems(List<String> problems) {
    errors.removeAll();
    UnorderedList list = new UnorderedList();
    problems.forEach(p -> list.add(new ListItem(p)));
    errors.add(new Paragraph(getTranslation("submit.errors")), list);
    errors.setVisible(true);
    Notifications.errors(problems);
  }
}
