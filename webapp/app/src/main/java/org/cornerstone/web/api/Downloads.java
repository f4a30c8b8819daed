package org.cornerstone.web.api;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Safe downloads of user-supplied files: Content-Disposition and no content sniffing. */
public final class Downloads {
  private Downloads() {}

  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** A stored document as an attachment in its own media type, never sniffed by the browser. */
  public static Response document(Object content, String mediaType, String fileName) {
    return Response.ok(content, mediaType)
        .header("Content-Disposition", attachment(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
