package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.cornerstone.trading.ui.FakeMarket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The trading screens in the browser against the test-scope in-memory market ({@link FakeMarket},
 * added to this test's copy of the WAR only, where it wins as a CDI alternative): two browser
 * sessions follow the same market and see each other's orders and trades without a reload (server
 * push), the trustee halts the market and the investor's ticket closes at once. The real market's
 * journey is {@code MarketJourneyIT}. Screenshots in target/screenshots/trading-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TradingScreensIT {
  private static final String MARKET = "market/" + FakeMarket.INSTRUMENT;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war().addClass(FakeMarket.class);
  }

  @Test
  void twoInvestorsSeeEachOthersOrdersAndTradesWithoutReloading() throws Exception {
    try (Browser ivan = new Browser(base);
        Browser iris = new Browser(base);
        Browser tom = new Browser(base)) {
      iris.signIn("iris");
      iris.open("market");
      Trading.waitForContent(iris, "markets-grid", FakeMarket.INSTRUMENT);

      ivan.signIn("ivan");
      ivan.open(MARKET);
      ivan.visible(By.id("order-ticket"));
      ivan.waitForAttribute(By.id("price-chart"), "data-bars", "2");
      Trading.ticket(ivan, "Sell", "8.05", "150");
      ivan.waitForText(By.id("ticket-reasons"), "INSUFFICIENT_TOKENS");
      assertThat(ivan.driver.findElement(By.id("ticket-send")).getAttribute("disabled"))
          .isNotNull();
      ivan.screenshot("trading-01-ticket-refused");
      Trading.ticket(ivan, "Sell", "8.05", "37");
      ivan.waitForText(By.id("ticket-reserve"), "37 tokens");
      ivan.screenshot("trading-02-ticket-checked");
      ivan.click(By.id("ticket-send"));
      ivan.visible(By.id("cancel-order-1"));

      // at 1280 px wide, the book grids and the orders grid fit without a horizontal scrollbar
      ivan.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      Trading.waitForContent(ivan, "book-asks", "8.05");
      Thread.sleep(1000); // the layout after the resize
      for (String grid : new String[] {"book-bids", "book-asks", "my-orders"}) {
        assertThat(overflow(ivan, grid))
            .as(grid + " scrolls sideways at 1280 px")
            .isLessThanOrEqualTo(0);
      }
      ivan.screenshot("trading-05b-market-1280");
      ivan.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));

      // iris's list shows ivan's ask without a reload (push)
      Trading.waitForContent(iris, "markets-grid", "CNY 8.05");
      iris.screenshot("trading-03-list-pushed");
      iris.click(By.id("open-market-" + FakeMarket.INSTRUMENT));
      Trading.waitForContent(iris, "book-asks", "8.05");
      Trading.ticket(iris, "Buy", "8.05", "37");
      // 297.85 + the estimated fee 5 bps = 0.148925 → 0.15 (half up)
      iris.waitForText(By.id("ticket-reserve"), "CNY 298.00");
      iris.waitForText(By.id("ticket-reserve"), "CNY 0.15");
      iris.screenshot("trading-04-buy-checked");
      iris.click(By.id("ticket-send"));
      Trading.waitForContent(iris, "last-trades", "CNY 297.85");

      // ivan's screen follows: the trade, his order filled, the chart redrawn
      Trading.waitForContent(ivan, "last-trades", "CNY 297.85");
      ivan.visible(By.cssSelector("#my-orders [data-status='FILLED']"));
      ivan.screenshot("trading-05-seller-pushed");

      ivan.open("my-trading");
      Trading.waitForContent(ivan, "my-trades", "CNY 297.85");
      String csv =
          (String)
              ivan.js(
                  "return fetch(arguments[0].href).then(r => r.text());",
                  ivan.visible(By.id("my-trades-csv")));
      assertThat(csv).contains("DEMO-1,SELL,8.05,37,297.85,CNY");
      ivan.clickCell("my-trades", "CNY 297.85");
      ivan.waitForText(By.id("trade-buyer"), "iris");
      ivan.screenshot("trading-06-trade-confirmation");
      ivan.click(By.id("trade-details-close"));
      ivan.open(MARKET);

      // the trustee halts the market: ivan's screen and ticket close at once
      tom.signIn("tom");
      tom.open("market-operations");
      tom.waitForText(By.id("ops-trades"), "Incident");
      tom.click(By.id("ops-halt"));
      tom.waitForText(By.id("market-operations-view"), "Give the reason");
      tom.type(By.cssSelector("#ops-reason input"), "Price-sensitive news pending");
      tom.click(By.id("ops-halt"));
      tom.waitForAttribute(By.id("ops-status"), "data-status", "HALTED");
      ivan.waitForAttribute(By.id("market-status"), "data-status", "HALTED");
      ivan.waitForText(By.id("ticket-closed"), "Halted");
      ivan.screenshot("trading-07-halted-pushed");
      // market parameters: a change is recorded and listed (old → new)
      tom.type(By.cssSelector("#params-tick input"), "0.05");
      tom.type(By.cssSelector("#params-reason input"), "coarser tick");
      tom.click(By.id("params-save"));
      tom.waitForText(By.id("params-changes"), "0.01 → 0.05");
      tom.waitForText(By.id("params-current"), "CNY 0.05");
      tom.screenshot("trading-07b-parameters");
      tom.click(By.id("retry-trade-1"));
      tom.click(By.id("ops-reconcile"));
      tom.waitForText(By.id("ops-reconciliation-verdict"), "agree");
      tom.screenshot("trading-08-operations");
      tom.click(By.id("ops-resume"));
      ivan.waitForAttribute(By.id("market-status"), "data-status", "OPEN");

      // the same screen in Chinese
      iris.click(By.id("language"));
      iris.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      iris.waitForText(By.id("main-nav"), "二级市场");
      iris.waitForText(By.id("instrument-market-view"), "委托簿");
      iris.screenshot("trading-09-market-zh");
    }
  }

  /**
   * How many pixels the grid's table is wider than the grid shows (> 0: a horizontal scrollbar).
   */
  private static long overflow(Browser b, String gridId) {
    Object px =
        b.js(
            "const g = document.getElementById(arguments[0]); const t = g.$.table;"
                + " return t.scrollWidth - t.clientWidth;",
            gridId);
    return ((Number) px).longValue();
  }
}
