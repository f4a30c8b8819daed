package org.cornerstone.it;

import org.openqa.selenium.By;

/** Steps on the trading screens shared by the browser journeys. */
final class Trading {
  private Trading() {}

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
