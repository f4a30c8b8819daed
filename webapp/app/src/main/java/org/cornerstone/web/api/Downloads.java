package org.cornerstone.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Safe Content-Disposition headers for user-supplied file names. */
public final class Downloads {
  private Downloads() {}

  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
