package org.cornerstone.origination.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cornerstone.origination.application.DocumentUpload;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.ui.base.LimitedUpload;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.UploadTexts;

/**
 * An upload whose files get the document type chosen next to it (when the type is fixed, no choice
 * is shown). Files are streamed to temporary files until the form is sent (deleted when the upload
 * is removed or the form goes away); the server checks them again.
 */
public final class TypedUpload extends HorizontalLayout {
  private final Select<DocumentType> type = new Select<>();
  private final List<DocumentUpload> files = new ArrayList<>();

  /** One valuation report, as the valuer attaches it to the appraisal decision. */
  public static TypedUpload valuationReport(String id, long maxBytes) {
    return new TypedUpload(id, List.of(DocumentType.VALUATION_REPORT), 1, maxBytes);
  }

  public TypedUpload(String id, Collection<DocumentType> types, int maxFiles, long maxBytes) {
    type.setItems(types);
    type.setItemLabelGenerator(t -> getTranslation("doc." + t.name()));
    type.setValue(types.iterator().next());
    type.setId(id + "-type");
    type.setVisible(types.size() > 1);
    type.setLabel(getTranslation("upload.type"));
    Upload upload =
        new Upload(
            LimitedUpload.toTempFiles(
                maxBytes,
                (metadata, file) ->
                    files.add(new DocumentUpload(metadata.fileName(), type.getValue(), file))));
    upload.setId(id);
    upload.setMaxFiles(maxFiles);
    UploadTexts.apply(upload);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
    boolean csv = types.contains(DocumentType.ROYALTY_HISTORY);
    if (csv) {
      upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
    } else {
      upload.setAcceptedFileTypes(
          "application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
    }
    upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    upload.addFileRemovedListener(e -> discard(d -> d.fileName().equals(e.getFileName())));
    setAlignItems(Alignment.BASELINE);
    com.vaadin.flow.component.html.Span limit =
        new com.vaadin.flow.component.html.Span(
            getTranslation(
                "upload.typesAndLimit", csv ? "CSV" : "PDF, PNG, JPEG", maxBytes / (1024 * 1024)));
    limit.setId(id + "-limit");
    limit.addClassName("upload-limit");
    add(type, upload, limit);
  }

  public List<DocumentUpload> files() {
    return List.copyOf(files);
  }

  /** Forgets the files and deletes their temporary files (after the decision is stored). */
  public void clear() {
    discard(d -> true);
  }

  private void discard(java.util.function.Predicate<DocumentUpload> which) {
    files.removeIf(
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

  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
    discard(d -> true);
    super.onDetach(event);
  }
}
