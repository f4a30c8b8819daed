package org.cornerstone.web.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  @Test
  void plainHttpGetsEveryHeaderButHsts() {
    HttpServletRequest request = mock(HttpServletRequest.class);
    HttpServletResponse response = mock(HttpServletResponse.class);
    SecurityHeaders.apply(request, response);
    verify(response).setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
    verify(response).setHeader("X-Frame-Options", "DENY");
    verify(response).setHeader("X-Content-Type-Options", "nosniff");
    verify(response).setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    verify(response, never()).setHeader(eq("Strict-Transport-Security"), anyString());
  }

  @Test
  void httpsOrATlsProxyAddsHsts() {
    HttpServletRequest secure = mock(HttpServletRequest.class);
    when(secure.isSecure()).thenReturn(true);
    HttpServletResponse response = mock(HttpServletResponse.class);
    SecurityHeaders.apply(secure, response);
    verify(response)
        .setHeader("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);

    HttpServletRequest proxied = mock(HttpServletRequest.class);
    when(proxied.getHeader("X-Forwarded-Proto")).thenReturn("HTTPS");
    HttpServletResponse second = mock(HttpServletResponse.class);
    SecurityHeaders.apply(proxied, second);
    verify(second)
        .setHeader("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);

    HttpServletRequest plainProxy = mock(HttpServletRequest.class);
    when(plainProxy.getHeader("X-Forwarded-Proto")).thenReturn("http");
    HttpServletResponse third = mock(HttpServletResponse.class);
    SecurityHeaders.apply(plainProxy, third);
    verify(third, never()).setHeader(eq("Strict-Transport-Security"), anyString());
  }
}
