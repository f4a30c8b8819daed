package org.cornerstone.ui.base;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.cornerstone.platform.Settings;

/**
 * The session cookie of the browser UI: HttpOnly (scripts cannot read it), SameSite=Lax (other
 * sites cannot post with it), and Secure when the platform runs behind TLS ({@code
 * cornerstone.secure-cookies=true}; off by default so that the local demo on plain HTTP works).
 */
@WebListener
public class SessionCookies implements ServletContextListener {
  @Inject Settings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    configure(event.getServletContext().getSessionCookieConfig(), settings.secureCookies());
  }

  static void configure(SessionCookieConfig cookie, boolean secure) {
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");
  }
}
