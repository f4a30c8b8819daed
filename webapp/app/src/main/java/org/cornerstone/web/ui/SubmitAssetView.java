package org.cornerstone.web.ui;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.cornerstone.origination.application.AssetSubmissionService;
import org.cornerstone.origination.application.AssetSummary;
import org.cornerstone.origination.application.DocumentUpload;
import org.cornerstone.origination.application.SubmitRealEstateAsset;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.ValidationException;

/** An originator submits a real-estate asset with its documents. */
@Route(value = "assets/new", layout = MainLayout.class)
@PageTitle("Submit asset | Cornerstone")
@RolesAllowed("ORIGINATOR")
public class SubmitAssetView extends VerticalLayout {
  private final AssetSubmissionService submissions;

  /** One key per opened form: a double click or a resubmitted form creates one asset, not two. */
  private final String submissionKey = UUID.randomUUID().toString();

  private final List<DocumentUpload> documents = Collections.synchronizedList(new ArrayList<>());
  private final TextField title = new TextField("Title");
  private final TextArea address = new TextArea("Address");
  private final ComboBox<String> jurisdiction = new ComboBox<>("Jurisdiction");
  private final TextField appraisedValue = new TextField("Appraised value");
  private final ComboBox<String> currency = new ComboBox<>("Currency");
  private final TextField tokensToIssue = new TextField("Number of tokens to issue");
  private final Div errors = new Div();

  @Inject
  public SubmitAssetView(AssetSubmissionService submissions, Settings settings) {
    this.submissions = submissions;
    setId("submit-asset-view");
    setMaxWidth("960px");

    title.setId("asset-title");
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(200);
    title.setPlaceholder("e.g. Qianhai Tower, floors 12–18");
    address.setId("asset-address");
    address.setRequiredIndicatorVisible(true);
    address.setMaxLength(500);
    jurisdiction.setId("asset-jurisdiction");
    jurisdiction.setItems("CN-GD (Guangdong)", "CN-SH (Shanghai)", "CN-BJ (Beijing)", "HK", "SG");
    jurisdiction.setAllowCustomValue(true);
    jurisdiction.addCustomValueSetListener(e -> jurisdiction.setValue(e.getDetail()));
    jurisdiction.setRequiredIndicatorVisible(true);
    appraisedValue.setId("asset-appraised-value");
    appraisedValue.setRequiredIndicatorVisible(true);
    appraisedValue.setPlaceholder("12500000.00");
    currency.setId("asset-currency");
    currency.setItems("CNY", "HKD", "USD", "EUR", "SGD");
    currency.setValue("CNY");
    tokensToIssue.setId("asset-tokens");
    tokensToIssue.setRequiredIndicatorVisible(true);
    tokensToIssue.setPlaceholder("1000000");
    tokensToIssue.setHelperText("Whole tokens; each is a fractional share of the asset.");

    FormLayout form =
        new FormLayout(title, jurisdiction, address, appraisedValue, currency, tokensToIssue);
    form.setColspan(address, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

    int maxBytes = (int) Math.min(Integer.MAX_VALUE, settings.maxUploadBytes());
    Upload titleDeed = upload("upload-title-deed", DocumentType.TITLE_DEED, 1, maxBytes);
    Upload appraisal = upload("upload-appraisal", DocumentType.APPRAISAL_REPORT, 1, maxBytes);
    Upload others = upload("upload-other", DocumentType.OTHER, 10, maxBytes);

    errors.setId("form-errors");
    errors.addClassName("form-errors");
    errors.setVisible(false);

    Button submit = new Button("Submit for onboarding", e -> submit());
    submit.setId("submit-asset");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit.setEnabled(true));

    add(
        new H2("Submit a real-estate asset"),
        new Paragraph(
            "The asset goes through a document check and a trustee review before its tokens are"
                + " issued. Documents: PDF, PNG or JPEG, up to "
                + settings.maxUploadBytes() / (1024 * 1024)
                + " MiB each."),
        form,
        new H3("Documents"),
        labelled("Title deed (required)", titleDeed),
        labelled("Appraisal report", appraisal),
        labelled("Other documents", others),
        errors,
        submit);
  }

  private Upload upload(String id, DocumentType type, int maxFiles, int maxBytes) {
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, data) ->
                    documents.add(new DocumentUpload(metadata.fileName(), type, data))));
    upload.setId(id);
    upload.setMaxFiles(maxFiles);
    upload.setMaxFileSize(maxBytes);
    upload.setAcceptedFileTypes(
        "application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
    upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    upload.addFileRemovedListener(
        e -> documents.removeIf(d -> d.type() == type && d.fileName().equals(e.getFileName())));
    return upload;
  }

  private static VerticalLayout labelled(String label, Upload upload) {
    VerticalLayout box = new VerticalLayout(new Paragraph(label), upload);
    box.setPadding(false);
    box.setSpacing(false);
    box.addClassName("upload-box");
    return box;
  }

  private void submit() {
    try {
      AssetSummary created =
          submissions.submit(
              SignedIn.require(),
              new SubmitRealEstateAsset(
                  submissionKey,
                  title.getValue(),
                  address.getValue(),
                  jurisdiction.getValue(),
                  appraisedValue.getValue(),
                  currency.getValue(),
                  tokensToIssue.getValue(),
                  List.copyOf(documents)));
      Notifications.success("Asset " + created.id() + " submitted. Onboarding has started.");
      getUI().ifPresent(ui -> ui.navigate(AssetDetailView.class, created.id()));
    } catch (ValidationException e) {
      showProblems(e.problems());
    }
  }

  private void showProblems(List<String> problems) {
    errors.removeAll();
    UnorderedList list = new UnorderedList();
    problems.forEach(p -> list.add(new ListItem(p)));
    errors.add(new Paragraph("Please correct the following:"), list);
    errors.setVisible(true);
    Notifications.errors(problems);
  }
}
