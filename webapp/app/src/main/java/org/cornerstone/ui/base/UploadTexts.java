package org.cornerstone.ui.base;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.Function;

/**
 * The upload component's own texts ("Upload files…", "File is Too Big.", "Server Unavailable") in
 * the user's language, from the {@code upload.*} keys of the messages.
 */
public final class UploadTexts {
  private UploadTexts() {}

  /** Sets the upload's texts in the language of its UI. */
  public static void apply(Upload upload) {
    upload.setI18n(of(upload::getTranslation));
  }

  static UploadI18N of(Function<String, String> t) {
    UploadI18N i18n = new UploadI18N();
    i18n.setDropFiles(
        new UploadI18N.DropFiles()
            .setOne(t.apply("upload.dropFile"))
            .setMany(t.apply("upload.dropFiles")));
    i18n.setAddFiles(
        new UploadI18N.AddFiles()
            .setOne(t.apply("upload.addFile"))
            .setMany(t.apply("upload.addFiles")));
    i18n.setError(
        new UploadI18N.Error()
            .setTooManyFiles(t.apply("upload.tooManyFiles"))
            .setFileIsTooBig(t.apply("upload.fileIsTooBig"))
            .setIncorrectFileType(t.apply("upload.incorrectFileType")));
    i18n.setUploading(
        new UploadI18N.Uploading()
            .setStatus(
                new UploadI18N.Uploading.Status()
                    .setConnecting(t.apply("upload.connecting"))
                    .setStalled(t.apply("upload.stalled"))
                    .setProcessing(t.apply("upload.processing"))
                    .setHeld(t.apply("upload.held")))
            .setRemainingTime(
                new UploadI18N.Uploading.RemainingTime()
                    .setPrefix(t.apply("upload.remaining"))
                    .setUnknown(t.apply("upload.remainingUnknown")))
            .setError(
                new UploadI18N.Uploading.Error()
                    .setServerUnavailable(t.apply("upload.serverUnavailable"))
                    .setUnexpectedServerError(t.apply("upload.serverError"))
                    .setForbidden(t.apply("upload.forbidden"))));
    i18n.setFile(
        new UploadI18N.File()
            .setRetry(t.apply("upload.retry"))
            .setStart(t.apply("upload.start"))
            .setRemove(t.apply("upload.remove")));
    i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
    return i18n;
  }
}
