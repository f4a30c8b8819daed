package org.cornerstone.ui.base;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import jakarta.servlet.SessionCookieConfig;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {
  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() {
    SessionCookieConfig plain = mock(SessionCookieConfig.class);
    SessionCookies.configure(plain, false);
    verify(plain).setHttpOnly(true);
    verify(plain).setAttribute("SameSite", "Lax");
    verify(plain).setSecure(false);

    SessionCookieConfig tls = mock(SessionCookieConfig.class);
    SessionCookies.configure(tls, true);
    verify(tls).setHttpOnly(true);
    verify(tls).setSecure(true);
  }
}
