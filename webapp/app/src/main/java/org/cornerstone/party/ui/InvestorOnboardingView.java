package org.cornerstone.party.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.party.application.InvestorDetails;
import org.cornerstone.party.application.InvestorOnboardingService;
import org.cornerstone.party.application.InvestorProfileView;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.application.UploadedDocument;
import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.party.domain.InvestorCategory;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.LimitedUpload;
import org.cornerstone.ui.base.LiveRefresh;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.StartPage;
import org.cornerstone.ui.base.UploadTexts;

/**
 * The investor's onboarding: where it stands and what happens next, compliance's comment after a
 * send-back, the profile form (country, category, identity documents) while the process waits for
 * the investor, the submitted documents, and the registrar's eligibility record once approved. The
 * page follows the process while it is open.
 */
@Menu(title = "nav.onboarding", order = 50, icon = "vaadin:user-check")
@StartPage(rank = 4)
@Route(value = "onboarding", layout = MainLayout.class)
@PageTitle("Investor onboarding | Cornerstone")
@RolesAllowed("INVESTOR")
public class InvestorOnboardingView extends VerticalLayout implements BeforeEnterObserver {
  private static final Logger LOG = Logger.getLogger(InvestorOnboardingView.class.getName());
  private final InvestorOnboardingService onboarding;
  private final InvestorQueries queries;
  private final long maxBytes;

  private final Div statusBox = new Div();
  private final VerticalLayout form = new VerticalLayout();
  private final ComboBox<String> country = new ComboBox<>();
  private final RadioButtonGroup<InvestorCategory> category = new RadioButtonGroup<>();
  private final Select<IdentityDocumentType> documentType = new Select<>();
  private final Upload upload;
  private final List<UploadedDocument> pending = new ArrayList<>();
  private final UnorderedList pendingList = new UnorderedList();
  private final Div errors = new Div();
  private final Button submit = new Button();
  private final Div documentsBox = new Div();
  private final Div eligibilityBox = new Div();
  private String lastRendered;

  @Inject
  public InvestorOnboardingView(
      InvestorOnboardingService onboarding, InvestorQueries queries, Settings settings) {
    this.onboarding = onboarding;
    this.queries = queries;
    this.maxBytes = settings.maxUploadBytes();
    setId("investor-onboarding-view");
    setMaxWidth("960px");

    statusBox.setId("investor-status-box");
    statusBox.setWidthFull();
    eligibilityBox.setId("investor-eligibility");
    eligibilityBox.addClassName("ledger-box");
    documentsBox.setId("investor-documents-box");
    documentsBox.setWidthFull();

    upload = buildUpload();
    buildForm();
    add(
        new H2(getTranslation("investor.onboarding.heading")),
        statusBox,
        eligibilityBox,
        form,
        documentsBox);
    LiveRefresh.every(this, 3000, this::refresh);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    render(true);
  }

  // --- the form ---------------------------------------------------------------------------

  private void buildForm() {
    form.setId("investor-profile-form");
    form.setPadding(false);

    Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
    Collator collator = Collator.getInstance(locale);
    List<String> codes = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
    codes.sort(Comparator.comparing(c -> countryName(c, locale), collator));
    country.setId("investor-country");
    country.setLabel(getTranslation("investor.country"));
    country.setHelperText(getTranslation("investor.country.help"));
    country.setItems(codes);
    country.setItemLabelGenerator(c -> countryName(c, locale) + " (" + c + ")");
    country.setRequiredIndicatorVisible(true);
    country.setWidth("24em");

    category.setId("investor-category");
    category.setLabel(getTranslation("investor.category"));
    category.setItems(InvestorCategory.values());
    category.setRenderer(
        new ComponentRenderer<>(
            c -> {
              Span name = new Span(getTranslation("investor.category." + c.name()));
              name.getStyle().set("font-weight", "500");
              Span help = new Span(getTranslation("investor.category." + c.name() + ".help"));
              help.getStyle()
                  .set("display", "block")
                  .set("color", "var(--lumo-secondary-text-color)")
                  .set("font-size", "var(--lumo-font-size-s)");
              Div item = new Div(name, help);
              item.getElement().setAttribute("data-category", c.name());
              return item;
            }));
    category.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    category.setRequiredIndicatorVisible(true);

    documentType.setId("investor-document-type");
    documentType.setLabel(getTranslation("investor.document.type"));
    documentType.setItems(IdentityDocumentType.values());
    documentType.setItemLabelGenerator(t -> getTranslation("investor.document." + t.name()));
    documentType.setValue(IdentityDocumentType.PASSPORT);

    HorizontalLayout uploadRow = new HorizontalLayout(documentType, upload);
    uploadRow.setAlignItems(Alignment.BASELINE);
    uploadRow.setWrap(true);

    pendingList.setId("investor-pending-documents");

    errors.setId("investor-form-errors");
    errors.addClassName("form-errors");
    errors.setVisible(false);

    submit.setText(getTranslation("investor.submit"));
    submit.setId("investor-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit());

    form.add(
        new H3(getTranslation("investor.profile.heading")),
        country,
        category,
        new H3(getTranslation("investor.documents.heading")),
        new Paragraph(getTranslation("investor.documents.intro", maxBytes / (1024 * 1024))),
        uploadRow,
        new Paragraph(getTranslation("investor.pending")),
        pendingList,
        errors,
        submit);
    renderPending();
  }

  private Upload buildUpload() {
    // The callback runs under the UI's lock (LimitedUpload hands it over with ui.access); the file
    // is on disk, not in memory, until the profile is submitted.
    Upload files =
        new Upload(
            LimitedUpload.toTempFiles(
                maxBytes,
                (metadata, file) -> {
                  pending.add(
                      new UploadedDocument(metadata.fileName(), documentType.getValue(), file));
                  renderPending();
                }));
    files.setId("investor-upload");
    UploadTexts.apply(files);
    files.setMaxFiles(10);
    files.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
    files.setAcceptedFileTypes(
        "application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
    files.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    files.addFileRemovedListener(
        e -> {
          discard(d -> Objects.equals(d.fileName(), e.getFileName()));
          renderPending();
        });
    return files;
  }

  /** Forgets these pending documents and deletes their temporary files. */
  private void discard(java.util.function.Predicate<UploadedDocument> which) {
    pending.removeIf(
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

  /** Documents uploaded but never submitted leave no temporary file behind. */
  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
    discard(d -> true);
    super.onDetach(event);
  }

  private void renderPending() {
    pendingList.removeAll();
    if (pending.isEmpty()) {
      pendingList.add(new ListItem(getTranslation("investor.pending.none")));
      return;
    }
    for (UploadedDocument document : List.copyOf(pending)) {
      Button remove =
          new Button(
              VaadinIcon.CLOSE_SMALL.create(),
              e -> {
                discard(d -> d == document);
                renderPending();
              });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      remove.setAriaLabel(getTranslation("investor.pending.remove"));
      ListItem item =
          new ListItem(
              new Span(
                  getTranslation(
                          "investor.document."
                              + (document.type() == null ? "OTHER" : document.type().name()))
                      + ": "
                      + document.fileName()
                      + " ("
                      + Formats.number(document.size())
                      + " B) "),
              remove);
      item.addClassName("investor-pending-document");
      pendingList.add(item);
    }
  }

  private void submit() {
    try {
      InvestorProfileView view =
          onboarding.submitProfile(
              SignedIn.require(),
              country.getValue(),
              category.getValue() == null ? null : category.getValue().name(),
              List.copyOf(pending));
      discard(d -> true);
      upload.clearFileList();
      renderPending();
      errors.setVisible(false);
      Notifications.success(getTranslation("investor.submitted"));
      show(Optional.of(view), true);
    } catch (ValidationException e) {
      showProblems(e.problems());
    } catch (ConflictException e) {
      showProblems(List.of(e.getMessage()));
      render(true);
    } finally {
      submit.setEnabled(true);
    }
  }

  private void showProblems(List<String> problems) {
    errors.removeAll();
    UnorderedList list = new UnorderedList();
    problems.forEach(p -> list.add(new ListItem(p)));
    errors.add(new Paragraph(getTranslation("investor.errors")), list);
    errors.setVisible(true);
    Notifications.errors(problems);
  }

  // --- the page ---------------------------------------------------------------------------

  /**
   * The poll: a refresh that fails (e.g. the profile changed in the same instant) is simply tried
   * again at the next poll.
   */
  private void refresh() {
    try {
      render(false);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Onboarding refresh failed; trying again at the next poll", e);
    }
  }

  private void render(boolean force) {
    show(onboarding.myProfile(SignedIn.require()), force);
  }

  private void show(Optional<InvestorProfileView> found, boolean force) {
    String fingerprint = found.map(InvestorOnboardingView::fingerprint).orElse("none");
    if (!force && fingerprint.equals(lastRendered)) {
      return;
    }
    lastRendered = fingerprint;
    statusBox.removeAll();
    eligibilityBox.removeAll();
    documentsBox.removeAll();
    if (found.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("investor.noProfile"));
      none.setId("investor-no-profile");
      statusBox.add(none);
      form.setVisible(false);
      eligibilityBox.setVisible(false);
      return;
    }
    InvestorProfileView view = found.get();
    InvestorDetails details = view.details();
    String status = details.summary().status();

    Span badge = new Span(getTranslation("investor.status." + status));
    badge.setId("investor-status");
    badge.getElement().setAttribute("data-status", status);
    badge
        .getElement()
        .getThemeList()
        .add(
            switch (status) {
              case "ELIGIBLE" -> "badge success";
              case "REJECTED" -> "badge error";
              case "PROFILE_SUBMITTED", "IN_COMPLIANCE_REVIEW" -> "badge";
              default -> "badge contrast";
            });
    Paragraph explanation = new Paragraph(getTranslation("investor.status." + status + ".text"));
    explanation.setId("investor-status-text");
    Div facts = new Div();
    facts.addClassName("facts");
    fact(facts, "investor.onboarding.id", details.summary().id(), "investor-id");
    fact(facts, "investor.onboarding.legalName", details.summary().legalName(), null);
    if (details.summary().country() != null) {
      fact(
          facts,
          "investor.country",
          countryName(details.summary().country(), getLocale())
              + " ("
              + details.summary().country()
              + ")",
          "investor-declared-country");
    }
    if (details.summary().category() != null) {
      fact(
          facts,
          "investor.category",
          getTranslation("investor.category." + details.summary().category()),
          "investor-declared-category");
    }
    if (details.summary().submittedAt() != null) {
      fact(facts, "investor.submittedAt", Formats.time(details.summary().submittedAt()), null);
    }
    statusBox.add(new HorizontalLayout(badge), explanation, facts);

    if ("SENT_BACK".equals(status)) {
      String comment =
          view.openTask() != null && view.openTask().reworkComment() != null
              ? view.openTask().reworkComment()
              : details.complianceComment();
      if (comment != null) {
        statusBox.add(note("investor.comment", comment, "investor-compliance-comment"));
      }
    }
    if (details.rejectionReason() != null) {
      statusBox.add(note("investor.rejection", details.rejectionReason(), "investor-rejection"));
    }

    eligibilityBox.setVisible(details.eligibility() != null);
    if (details.eligibility() != null) {
      InvestorDetails.Eligibility e = details.eligibility();
      Div eligibility = new Div();
      eligibility.addClassName("facts");
      fact(eligibility, "investor.eligibility.id", e.id(), "investor-eligibility-id");
      fact(
          eligibility,
          "investor.eligibility.country",
          countryName(e.country(), getLocale()) + " (" + e.country() + ")",
          null);
      fact(
          eligibility,
          "investor.eligibility.category",
          getTranslation("investor.category." + e.category()),
          null);
      fact(eligibility, "investor.eligibility.approvedAt", Formats.time(e.approvedAt()), null);
      if (e.registrar() != null) {
        fact(eligibility, "investor.eligibility.registrar", e.registrar(), null);
      }
      eligibilityBox.add(new H3(getTranslation("investor.eligibility.heading")), eligibility);
    }

    form.setVisible(view.canSubmit());
    if (view.canSubmit()) {
      if (country.isEmpty() && details.summary().country() != null) {
        country.setValue(details.summary().country());
      }
      if (category.isEmpty() && details.summary().category() != null) {
        category.setValue(InvestorCategory.valueOf(details.summary().category()));
      }
    }

    documentsBox.add(new H3(getTranslation("investor.submittedDocuments")), documents(details));
  }

  private static String fingerprint(InvestorProfileView view) {
    InvestorDetails d = view.details();
    return String.join(
        "|",
        d.summary().status(),
        String.valueOf(d.complianceComment()),
        String.valueOf(d.rejectionReason()),
        String.valueOf(d.documents().size()),
        String.valueOf(d.eligibility() != null),
        view.openTask() == null ? "-" : view.openTask().taskId());
  }

  private Component documents(InvestorDetails details) {
    Grid<InvestorDetails.DocumentInfo> grid = new Grid<>();
    grid.setId("investor-documents");
    grid.addColumn(d -> getTranslation("investor.document." + d.type()))
        .setHeader(getTranslation("col.type"))
        .setAutoWidth(true);
    grid.addComponentColumn(d -> link(details.summary().id(), d))
        .setHeader(getTranslation("col.file"))
        .setFlexGrow(1);
    grid.addColumn(d -> Formats.number(d.sizeBytes()) + " B")
        .setHeader(getTranslation("col.size"))
        .setAutoWidth(true);
    grid.addColumn(d -> Formats.time(d.uploadedAt()))
        .setHeader(getTranslation("col.when"))
        .setAutoWidth(true);
    grid.setItems(details.documents());
    grid.setEmptyStateText(getTranslation("investor.noDocuments"));
    grid.setAllRowsVisible(true);
    return grid;
  }

  /** A download link; access is checked again when the file is fetched. */
  private Anchor link(String investorId, InvestorDetails.DocumentInfo document) {
    // a download runs without the session lock: read the signed-in user now
    Actor actor = SignedIn.require();
    Anchor anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                e ->
                    queries
                        .document(actor, investorId, document.id())
                        .map(
                            c ->
                                new DownloadResponse(
                                    new ByteArrayInputStream(c.content()),
                                    c.fileName(),
                                    c.mediaType(),
                                    c.content().length))
                        .orElse(DownloadResponse.error(404))),
            document.fileName());
    anchor.addClassName("document-link");
    anchor.getElement().setAttribute("title", "SHA-256 " + document.sha256());
    return anchor;
  }

  private void fact(Div facts, String labelKey, String value, String id) {
    Span label = new Span(getTranslation(labelKey));
    label.addClassName("fact-label");
    Span text = new Span(value);
    text.addClassName("fact-value");
    if (id != null) {
      text.setId(id);
    }
    Div fact = new Div(label, text);
    fact.addClassName("fact");
    facts.add(fact);
  }

  private Div note(String labelKey, String text, String id) {
    Paragraph label = new Paragraph(getTranslation(labelKey));
    label.getStyle().set("font-weight", "500").set("margin", "0");
    Paragraph body = new Paragraph(text);
    body.setId(id);
    body.getStyle().set("margin", "0").set("white-space", "pre-wrap");
    Div box = new Div(label, body);
    box.addClassName("ledger-box");
    box.getStyle().set("margin-top", "var(--lumo-space-s)");
    return box;
  }

  static String countryName(String code, Locale locale) {
    String name = new Locale("", code).getDisplayCountry(locale == null ? Locale.ENGLISH : locale);
    return name == null || name.isBlank() ? code : name;
  }
}
