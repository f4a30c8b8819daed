package org.cornerstone.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer (pages, API, static files, errors), set before the request is
 * handled so that error pages and exception mappers keep them (ADR 0013).
 *
 * <p>The Content-Security-Policy is what Vaadin 24 Flow works with: scripts and styles only from
 * this origin, but {@code 'unsafe-inline'} for both (the bootstrap page carries an inline script,
 * components set inline styles) and {@code 'unsafe-eval'} for scripts (Flow runs the server's
 * {@code executeJs} calls through {@code new Function}). No framing by anyone ({@code
 * frame-ancestors 'none'}, plus X-Frame-Options DENY for old browsers), no plugins, forms and
 * connections (including Push's WebSocket) only to this origin.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; "
          + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; "
          + "font-src 'self' data:; "
          + "connect-src 'self'; "
          + "worker-src 'self' blob:; "
          + "frame-src 'self'; "
          + "object-src 'none'; "
          + "base-uri 'self'; "
          + "form-action 'self'; "
          + "frame-ancestors 'none'";

  /** One year, subdomains included; only sent on HTTPS (or behind a TLS-terminating proxy). */
  public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (secure(request)) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
  }

  /** HTTPS here, or at the proxy in front that says so in X-Forwarded-Proto. */
  static boolean secure(HttpServletRequest request) {
    String forwarded = request.getHeader("X-Forwarded-Proto");
    return request.isSecure() || (forwarded != null && forwarded.strip().equalsIgnoreCase("https"));
  }
}
