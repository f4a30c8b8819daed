package org.cornerstone.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.DocumentContent;

/** A download link for an asset's document; access is checked again when the file is fetched. */
final class DocumentLinks {
  private DocumentLinks() {}

  /** A download link whose content comes from the given lookup (asset or investor document). */
  static Anchor link(
      AssetDetails.DocumentInfo document,
      java.util.function.Function<AssetDetails.DocumentInfo, java.util.Optional<DocumentContent>>
          content) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
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
                        .orElse(DownloadResponse.error(404))),
            document.fileName());
    link.addClassName("document-link");
    return link;
  }

  static Anchor link(
      AssetQueries queries, String assetId, AssetDetails.DocumentInfo document, String text) {
    Anchor link = link(document, d -> queries.document(SignedIn.require(), assetId, d.id()));
    link.setText(text);
    return link;
  }
}
