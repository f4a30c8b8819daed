package org.cornerstone.it;

import java.time.Duration;
import org.openqa.selenium.By;

/** Steps on the trading screens shared by the browser journeys. */
final class Trading {
  private Trading() {}

  /**
   * Waits until the element (a grid, say) holds the text in its DOM, scrolled into view first. A
   * grid whose rows arrived while it was scrolled out of the viewport may not report them as
   * rendered text yet; its content is what the server pushed.
   */
  static void waitForContent(Browser browser, String id, String text) throws InterruptedException {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      Object found =
          browser.js(
              "const el = document.getElementById(arguments[0]);"
                  + " if (!el) return false; el.scrollIntoView({block: 'center'});"
                  + " return el.textContent.includes(arguments[1]);",
              id,
              text);
      if (Boolean.TRUE.equals(found)) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("No '" + text + "' in #" + id + " after 30 s");
  }

  /** Fills the order ticket: side by its label ("Buy"/"Sell"), limit price, quantity. */
  static void ticket(Browser browser, String side, String price, String quantity) {
    browser.click(
        By.xpath(
            "//vaadin-radio-group[@id='ticket-side']/vaadin-radio-button[normalize-space(.)='"
                + side
                + "' or @label='"
                + side
                + "']"));
    browser.type(By.cssSelector("#ticket-price input"), price);
    browser.type(By.cssSelector("#ticket-quantity input"), quantity);
    // the fields send their value after a short pause (lazy); leave them so it goes now
    browser.js("document.activeElement && document.activeElement.blur();");
    browser.waitForVaadin();
  }
}
