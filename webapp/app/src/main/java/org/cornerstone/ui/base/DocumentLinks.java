package org.cornerstone.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Function;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.shared.documents.DocumentContent;

/**
 * Downloads and in-page previews of stored documents. The content lookup checks access again when
 * the file is fetched; it runs without the Vaadin session lock, so it must not read the session
 * (callers pass the signed-in actor in).
 */
public final class DocumentLinks {
  private DocumentLinks() {}

  /** Serves the document's bytes with its name and media type, or 404. */
  public static InputStreamDownloadHandler handler(
      AssetDetails.DocumentInfo document,
      Function<AssetDetails.DocumentInfo, Optional<DocumentContent>> content) {
    return DownloadHandler.fromInputStream(
        e ->
            content
                .apply(document)
                .map(
                    c ->
                        new DownloadResponse(
                            new ByteArrayInputStream(c.content()),
                            c.fileName(),
                            c.mediaType(),
                            c.content().length))
                .orElse(DownloadResponse.error(404)));
  }

  /** A download link named after the file. */
  public static Anchor link(
      AssetDetails.DocumentInfo document,
      Function<AssetDetails.DocumentInfo, Optional<DocumentContent>> content) {
    Anchor link = new Anchor(handler(document, content), document.fileName());
    link.addClassName("document-link");
    return link;
  }
}
