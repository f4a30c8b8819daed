package org.cornerstone.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;

/** A download link for an asset's document; access is checked again when the file is fetched. */
final class DocumentLinks {
  private DocumentLinks() {}

  static Anchor link(
      AssetQueries queries, String assetId, AssetDetails.DocumentInfo document, String text) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                e ->
                    queries
                        .document(SignedIn.require(), assetId, document.id())
                        .map(
                            c ->
                                new DownloadResponse(
                                    new ByteArrayInputStream(c.content()),
                                    c.fileName(),
                                    c.mediaType(),
                                    c.content().length))
                        .orElse(DownloadResponse.error(404))),
            text);
    link.addClassName("document-link");
    return link;
  }
}
