package org.cornerstone.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The interactive API page, {@code /api-docs}: Swagger UI (from the {@code org.webjars:swagger-ui}
 * WebJar, served by the application itself, no CDN) showing the OpenAPI document at {@code
 * /openapi}. Like the document, it needs no sign-in; "Try it out" asks for the user's name and
 * password (HTTP Basic) under "Authorize". No inline script, so a strict Content-Security-Policy
 * can forbid them.
 */
@WebServlet(urlPatterns = {ApiDocsPage.PAGE, ApiDocsPage.SCRIPT})
public class ApiDocsPage extends HttpServlet {
  static final String PAGE = "/api-docs";
  static final String SCRIPT = "/api-docs/init.js";
  static final String DOCUMENT = "/openapi?format=JSON";
  private static final String VERSION = swaggerUiVersion();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String context = request.getContextPath();
    boolean script = SCRIPT.equals(request.getServletPath());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(script ? "text/javascript" : "text/html");
    response.setHeader("Cache-Control", "no-cache");
    response.getWriter().write(script ? script(context) : page(context));
  }

  static String page(String context) {
    String ui = context + "/webjars/swagger-ui/" + VERSION + "/";
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
        + "<title>Cornerstone API</title>\n"
        + "<link rel=\"stylesheet\" href=\""
        + ui
        + "swagger-ui.css\">\n"
        + "</head>\n<body>\n<div id=\"swagger-ui\"></div>\n"
        + "<script src=\""
        + ui
        + "swagger-ui-bundle.js\"></script>\n"
        + "<script src=\""
        + context
        + SCRIPT
        + "\"></script>\n"
        + "</body>\n</html>\n";
  }

  static String script(String context) {
    return "window.addEventListener('load', function () {\n"
        + "  window.ui = SwaggerUIBundle({\n"
        + "    url: '"
        + DOCUMENT
        + "',\n"
        + "    dom_id: '#swagger-ui',\n"
        + "    deepLinking: true,\n"
        + "    presets: [SwaggerUIBundle.presets.apis],\n"
        + "    layout: 'BaseLayout'\n"
        + "  });\n"
        + "});\n";
  }

  /** The WebJar's version, from its Maven metadata (one place: the pom). */
  static String swaggerUiVersion() {
    try (InputStream in =
        ApiDocsPage.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("The swagger-ui WebJar is not on the class path.");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
