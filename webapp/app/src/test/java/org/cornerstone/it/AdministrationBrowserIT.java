package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Issue 20 in a browser: ada adds a second originator firm and its user, who signs in and submits
 * an asset with the form that asks the required-documents table what is required.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {
  final URL base = SuiteDeployment.base();
  @TempDir Path files;

  @Test
  void adaAddsASecondOriginatorFirmWhoseUserSubmitsAndSeesOnlyItsOwnAssets() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String firm = "Jade Coast Estates " + suffix;
    String username = "jc" + suffix;
    String password = username + "-initial";
    Path deed = Files.write(files.resolve("deed.pdf"), Samples.pdf("deed"));
    Path appraisal = Files.write(files.resolve("appraisal.pdf"), Samples.pdf("appraisal"));
    Path insurance = Files.write(files.resolve("insurance.pdf"), Samples.pdf("insurance"));
    // an asset of the first firm (olivia's Harbour Realty) that the new firm must never see
    String olivias = "Harbour hidden tower " + suffix;
    assertThat(new Api(base).submitComplete(olivias, "10").status()).isEqualTo(201);
    try (Browser browser = new Browser(base)) {
      browser.signIn("ada");
      browser.open("admin");
      browser.type(By.cssSelector("#new-organisation-name input"), firm);
      browser.type(
          By.cssSelector("#new-organisation-x500 input"), "O=" + firm + ", L=Xiamen, C=CN");
      browser.click(By.id("add-organisation"));
      // (grid cells cut long text with an ellipsis: check the notification and the audit trail)
      browser.visible(
          By.xpath(
              "//vaadin-notification-card[contains(normalize-space(.), 'Organisation "
                  + firm
                  + " added.')]"));
      browser.waitForText(By.id("audit-grid"), "ORGANISATION_CREATED");

      // the user form sits above the organisations, scrolled out of the view by now
      browser.js("document.getElementById('new-user-username').scrollIntoView({block: 'center'});");
      browser.type(By.cssSelector("#new-user-username input"), username);
      browser.type(By.cssSelector("#new-user-name input"), "Jun Chen");
      browser.choose(By.cssSelector("#new-user-organisation input"), firm);
      // ORIGINATOR, the first role
      browser.js("document.querySelector('#new-user-roles vaadin-checkbox').click();");
      browser.waitForVaadin();
      browser.type(By.cssSelector("#new-user-password input"), password);
      browser.click(By.id("add-user"));
      browser.screenshot("admin-01-user-added");
      browser.visible(
          By.xpath(
              "//vaadin-notification-card[contains(normalize-space(.), 'User "
                  + username
                  + " added.')]"));
      browser.waitForText(By.id("audit-grid"), "USER_CREATED");
      assertThat(browser.visible(By.id("audit-grid")).getText())
          .contains("ORGANISATION_CREATED", "ada", username);
      browser.screenshot("admin-01-firm-and-user-added");
      browser.signOut();

      browser.signIn(username, password);
      browser.open("assets/new");
      assertThat(browser.visible(By.id("submit-heading")).getText())
          .isEqualTo("Submit a real-estate asset");
      browser.type(By.cssSelector("#asset-title input"), "Gulangyu Villas " + suffix);
      browser.type(By.cssSelector("#asset-address textarea"), "8 Longtou Road, Xiamen");
      browser.choose(By.cssSelector("#asset-jurisdiction input"), "CN-GD (Guangdong)");
      // the decision table requires the appraisal report in China: the form says so
      browser.waitForText(By.id("upload-appraisal-label"), "Appraisal report (required)");
      browser.waitForText(By.id("upload-insurance-label"), "Insurance certificate (required)");
      browser.type(By.cssSelector("#asset-appraised-value input"), "30000000.00");
      browser.type(By.cssSelector("#asset-tokens input"), "300000");
      browser.upload("upload-title-deed", deed);
      browser.upload("upload-appraisal", appraisal);
      browser.upload("upload-insurance", insurance);
      browser.screenshot("admin-02-new-originator-form");
      browser.click(By.id("submit-asset"));
      browser.waitForText(By.id("asset-status"), "In due diligence");
      assertThat(browser.visible(By.id("fact-id")).getText()).startsWith("RE-");
      browser.screenshot("admin-03-new-originator-submitted");

      // the new firm's dashboard lists its own asset and not the first firm's
      browser.open("dashboard");
      browser.waitForText(By.id("dashboard-grid"), "Gulangyu Villas " + suffix);
      assertThat(browser.visible(By.id("dashboard-view")).getText()).doesNotContain(olivias);
      browser.screenshot("admin-04-new-originator-sees-own-assets-only");

      // disabled by the administrator while signed in: the next step ends the session
      assertThat(
              new Api(base)
                  .putJson("ada", "/api/admin/users/" + username + "/active", "{\"active\":false}")
                  .status())
          .isEqualTo(200);
      browser.open("assets/new");
      browser.visible(By.id("login-view"));
      browser.screenshot("admin-05-disabled-user-signed-out");
    }
  }
}
