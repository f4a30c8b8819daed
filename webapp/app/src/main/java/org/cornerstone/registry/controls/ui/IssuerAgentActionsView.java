package org.cornerstone.registry.controls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.controls.application.ActionRequest;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.EvidenceUpload;
import org.cornerstone.registry.controls.application.HolderPosition;
import org.cornerstone.registry.controls.application.InstrumentPauses;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.ServiceMessages;
import org.cornerstone.ui.base.SignedIn;

/**
 * The registrar's issuer-agent controls: pick an instrument, see its cap table (with frozen
 * quantities) and whether it is paused, and request a freeze, unfreeze, pause, resume, forced
 * transfer or recovery with a reason and an evidence PDF; a trustee approves it in the review
 * inbox.
 */
@Menu(title = "nav.controls", order = 71, icon = "vaadin:lock")
@Route(value = "registry/controls", layout = MainLayout.class)
@PageTitle("Issuer-agent controls | Cornerstone")
@RolesAllowed("REGISTRAR")
public class IssuerAgentActionsView extends VerticalLayout {
  static final List<String> KINDS =
      List.of("FREEZE", "UNFREEZE", "PAUSE", "RESUME", "FORCED_TRANSFER", "RECOVERY");

  private final IssuerAgentActions actions;
  private final InstrumentPauses pauses;
  private final Actor me;
  private final ComboBox<String> instrument = new ComboBox<>();
  private final Span pausedState = new Span();
  private final Grid<HolderPosition> holders = new Grid<>();
  private final Select<String> kind = new Select<>();
  private final ComboBox<String> holder = new ComboBox<>();
  private final ComboBox<String> recipient = new ComboBox<>();
  private final TextField quantity = new TextField();
  private final TextArea reason = new TextArea();
  private final UnorderedList problems = new UnorderedList();
  private final Grid<ActionView> history;
  private EvidenceUpload evidence;

  @Inject
  public IssuerAgentActionsView(
      IssuerAgentActions actions, InstrumentPauses pauses, Settings settings) {
    this.actions = actions;
    this.pauses = pauses;
    this.me = SignedIn.require();
    setId("issuer-agent-actions-view");

    instrument.setId("action-instrument");
    instrument.setLabel(getTranslation("action.instrument"));
    instrument.setItems(actions.instrumentIds(me));
    instrument.setWidth("24em");
    instrument.addValueChangeListener(e -> refresh());
    pausedState.setId("action-paused-state");

    holders.setId("action-holders-grid");
    holders
        .addColumn(HolderPosition::holder)
        .setHeader(getTranslation("col.holder"))
        .setFlexGrow(1);
    holders
        .addColumn(h -> Formats.number(h.quantity()))
        .setHeader(getTranslation("col.tokens"))
        .setAutoWidth(true);
    holders
        .addColumn(h -> Formats.number(h.frozenQuantity()))
        .setHeader(getTranslation("action.frozen"))
        .setAutoWidth(true);
    holders.setAllRowsVisible(true);
    holders.setEmptyStateText(getTranslation("action.noHolders"));
    holders.addSelectionListener(
        e -> e.getFirstSelectedItem().ifPresent(h -> holder.setValue(h.holder())));

    kind.setId("action-kind");
    kind.setLabel(getTranslation("col.kind"));
    kind.setItems(KINDS);
    kind.setItemLabelGenerator(k -> getTranslation("action.kind." + k));
    kind.setValue("FREEZE");
    holder.setId("action-holder");
    holder.setLabel(getTranslation("col.holder"));
    holder.setAllowCustomValue(true);
    holder.addCustomValueSetListener(e -> holder.setValue(e.getDetail()));
    recipient.setId("action-recipient");
    recipient.setLabel(getTranslation("action.recipient"));
    recipient.setAllowCustomValue(true);
    recipient.addCustomValueSetListener(e -> recipient.setValue(e.getDetail()));
    quantity.setId("action-quantity");
    quantity.setLabel(getTranslation("col.tokens"));
    quantity.setHelperText(getTranslation("action.quantity.help"));
    reason.setId("action-reason");
    reason.setLabel(getTranslation("action.reason"));
    reason.setMaxLength(2000);
    reason.setWidthFull();

    Upload upload =
        new Upload(
            org.cornerstone.ui.base.LimitedUpload.inMemory(
                settings.maxUploadBytes(),
                (metadata, data) -> evidence = new EvidenceUpload(metadata.fileName(), data)));
    upload.setId("action-evidence-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxUploadBytes()));
    upload.setAcceptedFileTypes("application/pdf", ".pdf");
    upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    upload.addFileRemovedListener(e -> evidence = null);
    org.cornerstone.ui.base.UploadTexts.apply(upload);
    Span uploadLimit =
        new Span(
            getTranslation(
                "upload.typesAndLimit", "PDF", settings.maxUploadBytes() / (1024 * 1024)));
    uploadLimit.setId("action-evidence-limit");
    uploadLimit.addClassName("upload-limit");

    Button submit = new Button(getTranslation("action.request"), e -> submit(upload));
    submit.setId("action-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    problems.setId("action-problems");
    problems.addClassName("problems");

    FormLayout form = new FormLayout(kind, holder, recipient, quantity);
    history = ActionGrids.grid(this, actions, me);
    history.setId("action-history-grid");
    add(
        new H2(getTranslation("action.heading")),
        new Paragraph(getTranslation("action.intro")),
        instrument,
        pausedState,
        new H3(getTranslation("action.capTable")),
        holders,
        new H3(getTranslation("action.requestHeading")),
        form,
        reason,
        new Span(getTranslation("action.evidence.help")),
        upload,
        uploadLimit,
        problems,
        submit,
        new H3(getTranslation("action.history")),
        history);
    List<String> ids = actions.instrumentIds(me);
    if (!ids.isEmpty()) {
      instrument.setValue(ids.get(0));
    }
  }

  private void refresh() {
    String id = instrument.getValue();
    if (id == null) {
      holders.setItems(List.of());
      history.setItems(List.of());
      pausedState.setText("");
      return;
    }
    List<HolderPosition> positions = actions.holders(me, id);
    holders.setItems(positions);
    List<String> names = positions.stream().map(HolderPosition::holder).toList();
    holder.setItems(names);
    recipient.setItems(names);
    history.setItems(actions.ofInstrument(me, id));
    boolean paused = pauses.paused(id);
    pausedState.setText(getTranslation(paused ? "action.paused" : "action.notPaused"));
    pausedState.getElement().setAttribute("data-paused", String.valueOf(paused));
    pausedState.getElement().getThemeList().clear();
    pausedState.getElement().getThemeList().add(paused ? "badge error" : "badge success");
  }

  private void submit(Upload upload) {
    problems.removeAll();
    String id = instrument.getValue();
    if (id == null) {
      showProblems(List.of(getTranslation("action.instrument.required")));
      return;
    }
    try {
      ActionView requested =
          actions.request(
              me,
              id,
              new ActionRequest(
                  kind.getValue(),
                  holder.getValue(),
                  recipient.getValue(),
                  quantity.getValue(),
                  reason.getValue()),
              evidence);
      Notifications.success(
          getTranslation("action.requested", getTranslation("action.kind." + requested.kind())));
      reason.clear();
      quantity.clear();
      evidence = null;
      upload.clearFileList();
      refresh();
    } catch (ValidationException e) {
      showProblems(e.problems());
    } catch (AccessDeniedException | NotFoundException e) {
      showProblems(List.of(e.getMessage()));
    }
  }

  private void showProblems(List<String> messages) {
    problems.removeAll();
    ServiceMessages.localize(messages).forEach(m -> problems.add(new ListItem(m)));
    Notifications.errors(messages);
  }
}
