package org.cornerstone.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven through Vaadin's components, as a person would use them. */
final class Browser implements AutoCloseable {
  final ChromeDriver driver;
  private final String base;
  private final Path screenshots;

  /**
   * How often a wait looks again. Selenium's default is 500 ms, which a journey of a hundred clicks
   * pays about once per click (the page is still busy right after it); a look is one local
   * WebDriver call, so 50 ms costs little.
   */
  private static final Duration POLL = Duration.ofMillis(50);

  private final WebDriverWait wait;

  /**
   * Chromium instances a closed {@code Browser} left for the next one (ADR 0034): starting Chromium
   * and loading the application into a fresh profile costs about 1.5 s of CPU, a page load into a
   * warm one about 0.5 s, and the suite opens a few dozen browsers on two cores. A kept instance is
   * reset first: a fresh tab (its own session storage), no cookies, no site storage of the
   * application's origin; only the HTTP cache stays. {@code -Dit.browser.reuse=false} starts a new
   * Chromium for every {@code Browser}.
   */
  private static final Deque<ChromeDriver> KEPT = new ConcurrentLinkedDeque<>();

  private static final boolean REUSE =
      Boolean.parseBoolean(System.getProperty("it.browser.reuse", "true"));

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (ChromeDriver kept = KEPT.poll(); kept != null; kept = KEPT.poll()) {
                    try {
                      kept.quit();
                    } catch (RuntimeException e) {
                      // already gone
                    }
                  }
                },
                "quit-kept-browsers"));
  }

  Browser(URL base) {
    ChromeDriver kept = REUSE ? KEPT.pollFirst() : null;
    this.driver = kept != null ? kept : launch();
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    this.screenshots = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30), POLL);
  }

  private static ChromeDriver launch() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  void open(String path) {
    driver.get(base + path);
    waitForVaadin();
  }

  /** Signs in a demo user (password = name + "-demo"). */
  void signIn(String user) {
    signIn(user, user + "-demo");
  }

  void signIn(String user, String password) {
    // after a sign-out the browser already shows a freshly loaded sign-in page: no second load
    if (!onSignInPage()) {
      open("login");
    }
    type(By.cssSelector("#vaadinLoginUsername input"), user);
    type(By.cssSelector("#vaadinLoginPassword input"), password);
    click(By.cssSelector("vaadin-button[slot='submit']"));
    visible(By.id("signed-in-user"));
  }

  private boolean onSignInPage() {
    return driver.getCurrentUrl().startsWith(base + "login")
        && !driver.findElements(By.id("vaadinLoginUsername")).isEmpty();
  }

  void signOut() {
    click(By.id("sign-out"));
    visible(By.id("vaadinLoginUsername"));
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void type(By by, String text) {
    WebElement field = visible(by);
    field.clear();
    field.sendKeys(text);
  }

  /** Types into a combo box and confirms with Enter, closing its overlay. */
  void choose(By by, String text) {
    type(by, text);
    // wait until the (possibly lazily filtered) overlay offers the item, then pick it
    click(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + text + "']"));
    waitForVaadin();
  }

  void click(By by) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
    js("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    waitForVaadin();
  }

  void waitForText(By by, String text) {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "No '"
              + text
              + "' in "
              + by
              + "; elements: "
              + driver.findElements(by).stream()
                  .map(el -> String.valueOf(js("return arguments[0].outerHTML;", el)))
                  .toList(),
          e);
    }
  }

  void waitForAttribute(By by, String attribute, String value) {
    new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
        .until(ExpectedConditions.attributeToBe(by, attribute, value));
  }

  void waitForText(By by, String text, Duration timeout) {
    new WebDriverWait(driver, timeout, POLL)
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Clicks the grid cell that shows exactly this text. */
  void clickCell(String gridId, String text) {
    By cell =
        By.xpath(
            "//vaadin-grid[@id='"
                + gridId
                + "']/vaadin-grid-cell-content[normalize-space(.)='"
                + text
                + "']");
    click(cell);
  }

  /** Puts a file into a vaadin-upload and waits until the server has received it. */
  void upload(String uploadId, Path file) {
    WebElement upload = visible(By.id(uploadId));
    WebElement input =
        (WebElement)
            js(
                "const u = arguments[0];"
                    + " const i = u.querySelector('input[type=file]')"
                    + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"
                    + " i.removeAttribute('hidden'); i.style.display = 'block'; return i;",
                upload);
    input.sendKeys(file.toAbsolutePath().toString());
    js("arguments[0].setAttribute('hidden', ''); arguments[0].style.display = 'none';", input);
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "const f = arguments[0].files; return f.length > 0 && f.every(x => x.complete);",
                    upload)));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void waitForVaadin() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "if (!window.Vaadin || !window.Vaadin.Flow) return document.readyState === 'complete';"
                        + " const c = window.Vaadin.Flow.clients;"
                        + " return Object.keys(c).every(k => !c[k].isActive || !c[k].isActive());")));
  }

  Path screenshot(String name) throws IOException {
    Files.createDirectories(screenshots);
    Path target = screenshots.resolve(name + ".png");
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return target;
  }

  @Override
  public void close() {
    // -Dit.screenshot.last=true keeps each journey's last screen, e.g. to see why a step timed out
    if (Boolean.getBoolean("it.screenshot.last")) {
      try {
        screenshot("last-" + System.nanoTime());
      } catch (IOException | RuntimeException e) {
        // the browser may be gone; the test's own result is what counts
      }
    }
    if (REUSE) {
      try {
        reset();
        KEPT.addFirst(driver);
        return;
      } catch (RuntimeException e) {
        // an alert, a crashed tab: this Chromium is not kept
      }
    }
    driver.quit();
  }

  /** A fresh tab instead of every open one, no cookies, no site storage of the application. */
  private void reset() {
    Set<String> open = driver.getWindowHandles();
    driver.switchTo().newWindow(WindowType.TAB);
    String fresh = driver.getWindowHandle();
    for (String handle : open) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(fresh);
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin",
        Map.of(
            "origin",
            base.substring(0, base.length() - 1),
            "storageTypes",
            "local_storage,indexeddb,service_workers,cache_storage"));
  }
}
