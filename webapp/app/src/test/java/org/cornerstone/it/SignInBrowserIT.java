package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Issue 16 in the browser: the sign-in page renders under the Content-Security-Policy, signing in
 * issues a new session id, the session cookie works for the API only with the CSRF header on
 * changes, failed sign-ins lock with a clear message, and "sign out everywhere" ends the other
 * browser's session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {
  final URL base = SuiteDeployment.base();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void signingInRenewsTheSessionIdAndTheCookieNeedsTheCsrfHeaderForChanges() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("login");
      // the page rendered under the CSP: Vaadin's login form is there and usable
      browser.visible(By.cssSelector("#vaadinLoginUsername input"));
      Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
      assertThat(before).as("a session before signing in").isNotNull();

      browser.signIn("olivia");
      Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");
      assertThat(after).isNotNull();
      assertThat(after.getValue()).isNotEqualTo(before.getValue());
      assertThat(after.isHttpOnly()).isTrue();

      // the old session id is no longer signed in
      assertThat(call("GET", "api/me", before.getValue(), false).statusCode()).isEqualTo(401);
      // the browser's session authenticates API reads
      HttpResponse<String> me = call("GET", "api/me", after.getValue(), false);
      assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
      assertThat(me.body()).contains("olivia");
      // a change with the cookie alone is refused (CSRF); with the header it reaches the resource
      HttpResponse<String> forged =
          call("POST", "api/assets/no-such-asset/resubmission", after.getValue(), false);
      assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
      assertThat(forged.body()).contains("X-Requested-With");
      HttpResponse<String> withHeader =
          call("POST", "api/assets/no-such-asset/resubmission", after.getValue(), true);
      assertThat(withHeader.statusCode()).as(withHeader.body()).isNotIn(401, 403);
    }
  }

  @Test
  void fiveFailedSignInsShowHowLongToWait() throws Exception {
    String user = "nobody" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.open("login");
      for (int i = 1; i <= 4; i++) {
        attempt(browser, user, "wrong-password-" + i);
        browser.waitForAttribute(By.tagName("vaadin-login-form-wrapper"), "error", "true");
      }
      attempt(browser, user, "wrong-password-5");
      browser.waitForText(By.id("login-locked"), "Too many failed sign-ins; try again in");
      assertThat(browser.driver.findElement(By.id("login-locked")).getText())
          .matches("Too many failed sign-ins; try again in ([1-9]|[12][0-9]|30) s\\.");
      browser.screenshot("sign-in-locked");
      // the next try is refused before the password is checked, with the time left
      attempt(browser, user, "anything-at-all");
      browser.waitForText(By.id("login-locked"), "Too many failed sign-ins; try again in");
    }
  }

  @Test
  void signingOutEverywhereEndsTheOtherBrowsersSession() throws Exception {
    try (Browser first = new Browser(base);
        Browser second = new Browser(base)) {
      first.signIn("carl");
      second.signIn("carl");
      String secondSession = second.driver.manage().getCookieNamed("JSESSIONID").getValue();
      assertThat(call("GET", "api/me", secondSession, false).statusCode()).isEqualTo(200);
      first.click(By.id("sign-out-everywhere"));
      first.visible(By.id("vaadinLoginUsername"));
      assertThat(call("GET", "api/me", secondSession, false).statusCode()).isEqualTo(401);
      second.open("");
      second.visible(By.id("vaadinLoginUsername"));
    }
  }

  private static void attempt(Browser browser, String user, String password) {
    browser.type(By.cssSelector("#vaadinLoginUsername input"), user);
    browser.type(By.cssSelector("#vaadinLoginPassword input"), password);
    browser.click(By.cssSelector("vaadin-button[slot='submit']"));
  }

  private HttpResponse<String> call(String method, String path, String session, boolean csrf)
      throws Exception {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", "JSESSIONID=" + session)
            .header("Content-Type", "application/json")
            .method(
                method,
                "GET".equals(method)
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (csrf) {
      request.header("X-Requested-With", "XMLHttpRequest");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
