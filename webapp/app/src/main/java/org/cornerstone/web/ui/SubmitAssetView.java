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
  private final TextField title = new TextField();
  private final TextArea address = new TextArea();
  private final ComboBox<String> jurisdiction = new ComboBox<>();
  private final TextField appraisedValue = new TextField();
  private final ComboBox<String> currency = new ComboBox<>();
  private final TextField tokensToIssue = new TextField();
  private final Div errors = new Div();

  @Inject
  public SubmitAssetView(AssetSubmissionService submissions, Settings settings) {
    this.submissions = submissions;
    setId("submit-asset-view");
    setMaxWidth("960px");

    title.setLabel(getTranslation("submit.title"));
    address.setLabel(getTranslation("submit.address"));
    jurisdiction.setLabel(getTranslation("submit.jurisdiction"));
    appraisedValue.setLabel(getTranslation("submit.value"));
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
    tokensToIssue.setHelperText(getTranslation("submit.tokens.help"));

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

    Button submit = new Button(getTranslation("submit.button"), e -> submit());
    submit.setId("submit-asset");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit.setEnabled(true));

    add(
        new H2(getTranslation("submit.heading")),
        new Paragraph(getTranslation("submit.intro", settings.maxUploadBytes() / (1024 * 1024))),
        form,
        new H3(getTranslation("submit.documents")),
        labelled(getTranslation("submit.titleDeed"), titleDeed),
        labelled(getTranslation("submit.appraisal"), appraisal),
        labelled(getTranslation("submit.other"), others),
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
