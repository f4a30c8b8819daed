package org.cornerstone.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import org.cornerstone.shared.documents.SpooledFile;

/**
 * An upload handler that enforces the size limit on the server, not only in the browser: it reads
 * at most one byte more than the limit, refuses an oversized or empty file (the browser shows the
 * upload as failed, never a green check; nothing is kept), and tells the multipart parser the same
 * limits. {@link #toTempFiles} streams each file to a temporary file ({@link SpooledFile}) in small
 * chunks, so that no upload is held in memory while the form is open.
 */
public final class LimitedUpload implements UploadHandler {
  private static final long serialVersionUID = 1L;

  /** Room for the multipart headers around the one file of an upload request. */
  static final long REQUEST_OVERHEAD = 64 * 1024;

  static final String TOO_LARGE = "%s is larger than the limit of %d MiB.";
  static final String EMPTY = "%s is empty.";

  /** Receives a file spooled to disk; it owns the file from then on (and deletes it). */
  @FunctionalInterface
  public interface SpooledCallback extends java.io.Serializable {
    void complete(UploadMetadata metadata, SpooledFile file);
  }

  private final long maxBytes;
  private final InMemoryUploadCallback callback;
  private final SpooledCallback spooledCallback;

  private LimitedUpload(
      long maxBytes, InMemoryUploadCallback callback, SpooledCallback spooledCallback) {
    this.maxBytes = maxBytes;
    this.callback = callback;
    this.spooledCallback = spooledCallback;
  }

  /**
   * Streams each file to a temporary file (at most {@code maxBytes} of it, read in chunks of {@link
   * SpooledFile#CHUNK}) and hands it to the callback under the UI's lock. When the UI is gone by
   * then, the file is deleted at once.
   */
  public static LimitedUpload toTempFiles(long maxBytes, SpooledCallback callback) {
    return new LimitedUpload(maxBytes, null, callback);
  }

  /** Keeps each file in memory, at most {@code maxBytes} of it, and hands it to the callback. */
  public static LimitedUpload inMemory(long maxBytes, InMemoryUploadCallback callback) {
    return new LimitedUpload(maxBytes, callback, null);
  }

  @Override
  public void handleUploadRequest(UploadEvent event) throws IOException {
    if (spooledCallback != null) {
      spoolRequest(event);
      return;
    }
    byte[] data;
    try (InputStream in = event.getInputStream()) {
      data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    String name = event.getFileName();
    if (data.length > maxBytes) {
      throw new IOException(String.format(TOO_LARGE, name, maxBytes / (1024 * 1024)));
    }
    if (data.length == 0) {
      throw new IOException(String.format(EMPTY, name));
    }
    UploadMetadata metadata = new UploadMetadata(name, event.getContentType(), data.length);
    UI ui = event.getUI();
    ui.access(
        () -> {
          try {
            callback.complete(metadata, data);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private void spoolRequest(UploadEvent event) throws IOException {
    SpooledFile file;
    try (InputStream in = event.getInputStream()) {
      file = SpooledFile.spool(in, event.getFileName(), maxBytes, null);
    }
    UploadMetadata metadata =
        new UploadMetadata(event.getFileName(), event.getContentType(), file.size());
    UI ui = event.getUI();
    if (ui == null || !ui.isAttached()) {
      file.delete();
      return;
    }
    try {
      ui.access(() -> spooledCallback.complete(metadata, file));
    } catch (RuntimeException e) {
      file.delete();
      throw e;
    }
  }

  @Override
  public long getFileSizeMax() {
    return maxBytes;
  }

  @Override
  public long getRequestSizeMax() {
    return maxBytes + REQUEST_OVERHEAD;
  }
}
