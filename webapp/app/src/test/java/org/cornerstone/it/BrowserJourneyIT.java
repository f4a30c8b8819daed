package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The journeys of issues 2 and 5 in a real browser, as the seeded users do them by hand: a
 * real-estate asset through compliance, independent valuation, legal review (with a send-back and
 * the originator's resubmission) and two trustees; a copyright valued from its royalty history with
 * a trustee's override. Each step leaves a screenshot in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {
  final URL base = SuiteDeployment.base();
  @TempDir Path files;

  @Test
  void realEstateGoesThroughDueDiligenceByHand() throws Exception {
    Path deed = Files.write(files.resolve("title-deed.pdf"), Samples.pdf("title deed"));
    Path appraisal = Files.write(files.resolve("appraisal.pdf"), Samples.pdf("appraisal"));
    Path insurance = Files.write(files.resolve("insurance.pdf"), Samples.pdf("insurance"));
    Path signed = Files.write(files.resolve("signed-deed.pdf"), Samples.pdf("signed deed"));
    Path report = Files.write(files.resolve("valuation.pdf"), Samples.pdf("valuation report"));
    try (Browser browser = new Browser(base)) {
      browser.signIn("olivia");
      browser.open("assets/new");
      browser.type(By.cssSelector("#asset-tokens input"), "-5");
      browser.click(By.id("submit-asset"));
      browser.waitForText(By.id("form-errors"), "Title is required.");
      String problems = browser.visible(By.id("form-errors")).getText();
      assertThat(problems)
          .contains("Number of tokens must be greater than zero.")
          .contains("Attach at least one document (PDF or image).");
      browser.screenshot("00-originator-form-errors");
      browser.open("assets/new");
      browser.type(By.cssSelector("#asset-title input"), "Binhai Residences <i>Block A</i>");
      browser.type(By.cssSelector("#asset-address textarea"), "1 Binhai Avenue, Nanshan, Shenzhen");
      browser.choose(By.cssSelector("#asset-jurisdiction input"), "CN-GD (Guangdong)");
      browser.type(By.cssSelector("#asset-appraised-value input"), "45000000.00");
      browser.type(By.cssSelector("#asset-tokens input"), "450000");
      browser.upload("upload-title-deed", deed);
      browser.upload("upload-appraisal", appraisal);
      browser.upload("upload-insurance", insurance);
      browser.screenshot("01-originator-form");
      browser.click(By.id("submit-asset"));

      browser.waitForText(By.id("asset-status"), "In due diligence");
      String assetId = browser.visible(By.id("fact-id")).getText();
      assertThat(assetId).startsWith("RE-");
      assertThat(browser.visible(By.id("asset-heading")).getText())
          .isEqualTo("Binhai Residences <i>Block A</i>");
      browser.waitForText(By.id("fact-current-step"), "Compliance review");
      browser.screenshot("02-originator-submitted");
      browser.signOut();

      review(browser, "carl", assetId, "approve", "KYC/AML clear.", "03-compliance-task");
      review(
          browser,
          "victor",
          assetId,
          "approve",
          "Site visit done.",
          "04-valuer-task",
          b -> {
            b.type(By.cssSelector("#appraised-value input"), "44000000.00");
            b.upload("valuation-report", report);
          });
      review(
          browser,
          "lena",
          assetId,
          "send-back",
          "Please upload the signed deed.",
          "05-legal-send-back");

      browser.signIn("olivia");
      browser.open("dashboard");
      browser.waitForText(By.id("waiting-on-me"), "Please upload the signed deed.");
      browser.screenshot("06-originator-dashboard-waiting");
      browser.click(By.id("fix-" + assetId));
      browser.visible(By.id("rework"));
      browser.type(By.cssSelector("#rework-comment textarea"), "Signed deed attached.");
      browser.upload("rework-upload", signed);
      browser.click(By.id("resubmit"));
      browser.waitForText(By.id("asset-status"), "In due diligence");
      browser.signOut();

      review(browser, "lena", assetId, "approve", "Title is clean.", "07-legal-task");
      review(browser, "tom", assetId, "approve", "First approval.", "08-first-trustee");

      // four eyes: tom's inbox does not offer the second approval (issue 20); its page, opened
      // by its address, says why he may not give it
      String second = new Api(base).awaitTask(assetId, "secondTrusteeApproval");
      assertThat(new Api(base).get("tom", "/api/tasks").json().findValuesAsText("subjectId"))
          .doesNotContain(assetId);
      browser.signIn("tom");
      browser.open("task/" + second);
      browser.waitForText(By.id("four-eyes-note"), "tom");
      assertThat(browser.visible(By.id("approve")).getAttribute("disabled")).isNotNull();
      assertThat(browser.js("return document.getElementById('claim');")).isNull();
      browser.screenshot("09-four-eyes");
      browser.signOut();
      review(browser, "tina", assetId, "approve", "Second approval.", "10-second-trustee");

      browser.signIn("olivia");
      browser.open("asset/" + assetId);
      browser.waitForText(By.id("asset-status"), "Tokenized", Duration.ofSeconds(60));
      assertThat(browser.visible(By.id("ledger-transaction-id")).getText()).startsWith("SHA-256:");
      assertThat(browser.visible(By.id("holders-grid")).getText()).contains("450,000");
      assertThat(browser.visible(By.id("valuation-cap")).getText()).isEqualTo("CNY 26,400,000.00");
      assertThat(browser.visible(By.id("decisions-grid")).getText())
          .contains("Lena Legal")
          .contains("Sent back")
          .contains("Resubmitted");
      browser.screenshot("11-originator-tokenized");
      browser.click(By.id("show-process"));
      browser.waitForAttribute(By.id("bpmn-canvas"), "data-rendered", "true");
      browser.screenshot("12-process-diagram");
      browser.open("dashboard");
      browser.waitForText(By.id("notifications"), assetId);
      browser.screenshot("13-originator-dashboard");
      browser.signOut();

      browser.signIn("ivan");
      browser.open("holdings");
      browser.visible(By.id("holdings-grid"));
      browser.screenshot("14-investor-holdings");
      browser.open("inbox");
      browser.visible(By.id("access-denied"));
      browser.signOut();

      browser.signIn("ada");
      browser.open("admin");
      browser.visible(By.id("users-grid"));
      browser.screenshot("15-admin");
      browser.click(By.id("language"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.waitForText(By.id("main-nav"), "系统管理");
      browser.visible(By.id("users-grid"));
      browser.screenshot("16-admin-zh");
    }
  }

  @Test
  void copyrightIsValuedFromRoyaltiesAndTheTrusteeOverrides() throws Exception {
    Path registration = Files.write(files.resolve("registration.pdf"), Samples.pdf("reg"));
    Path chain = Files.write(files.resolve("assignment.pdf"), Samples.pdf("assignment"));
    Path badCsv =
        Files.write(files.resolve("bad.csv"), "month,amount\n2025-01,100\n2025-02,x\n".getBytes());
    Path royalties = Files.write(files.resolve("royalties.csv"), Samples.royalties(36));
    try (Browser browser = new Browser(base)) {
      browser.signIn("olivia");
      browser.open("assets/new");
      fillCopyrightForm(browser, registration, chain);
      browser.upload("upload-royalty-history", badCsv);
      browser.click(By.id("submit-asset"));
      browser.waitForText(By.id("form-errors"), "line 3");
      browser.screenshot("20-copyright-bad-csv");
      browser.open("assets/new");
      fillCopyrightForm(browser, registration, chain);
      browser.upload("upload-royalty-history", royalties);
      browser.screenshot("21-copyright-form");
      browser.click(By.id("submit-asset"));
      browser.waitForText(By.id("asset-status"), "In due diligence");
      String assetId = browser.visible(By.id("fact-id")).getText();
      assertThat(assetId).startsWith("CR-");
      browser.signOut();

      review(
          browser,
          "carl",
          assetId,
          "approve",
          "Rights holder verified.",
          "22-copyright-compliance");
      review(
          browser, "lena", assetId, "approve", "Chain of rights complete.", "23-copyright-legal");
      review(
          browser,
          "tom",
          assetId,
          "approve",
          "Adjusted for the label contract.",
          "24-copyright-trustee-valuation",
          b -> {
            assertThat(b.visible(By.id("valuation-method")).getText())
                .isEqualTo("Discounted royalty projection");
            assertThat(b.visible(By.id("valuation-discount-rate")).getText()).isEqualTo("8 %");
            assertThat(b.visible(By.id("valuation-horizon")).getText()).isEqualTo("120 months");
            b.type(By.cssSelector("#valuation-override input"), "1000000");
            b.type(By.cssSelector("#override-reason input"), "Label contract ends in 2027");
          });
      review(browser, "tina", assetId, "approve", "Agreed.", "25-copyright-second-trustee");

      browser.signIn("olivia");
      browser.open("asset/" + assetId);
      browser.waitForText(By.id("asset-status"), "Tokenized", Duration.ofSeconds(60));
      assertThat(browser.visible(By.id("valuation-method")).getText())
          .isEqualTo("Trustee override");
      assertThat(browser.visible(By.id("valuation-override-reason")).getText())
          .isEqualTo("Label contract ends in 2027");
      // 36 months of history: LOW risk, 50 % of the override
      assertThat(browser.visible(By.id("valuation-cap")).getText()).isEqualTo("CNY 500,000.00");
      browser.screenshot("26-copyright-tokenized");
    }
  }

  @Test
  void anInvestorIsOnboardedByCompliance() throws Exception {
    Path passport = Files.write(files.resolve("passport.pdf"), Samples.pdf("passport"));
    try (Browser browser = new Browser(base)) {
      // a new investor registers from the sign-in page (a fresh name, so reruns need no reset)
      String username = "inv" + Long.toString(System.currentTimeMillis(), 36);
      browser.open("login");
      browser.click(By.id("register-link"));
      browser.type(By.cssSelector("#register-username input"), username);
      browser.type(By.cssSelector("#register-display-name input"), "Irene Investor");
      browser.type(By.cssSelector("#register-legal-name input"), "Irene Investor Pte. Ltd.");
      browser.type(By.cssSelector("#register-password input"), username + "-secret-1");
      browser.type(By.cssSelector("#register-password-confirm input"), username + "-secret-1");
      browser.click(By.id("register-submit"));
      browser.visible(By.id("investor-profile-form"));
      browser.choose(By.cssSelector("#investor-country input"), "Singapore (SG)");
      browser.click(By.xpath("//vaadin-radio-button[.//*[@data-category='QUALIFIED']]"));
      browser.upload("investor-upload", passport);
      browser.screenshot("30-investor-profile");
      browser.click(By.id("investor-submit"));
      browser.waitForAttribute(By.id("investor-status"), "data-status", "PROFILE_SUBMITTED");
      browser.screenshot("31-investor-submitted");
      String investorId = browser.visible(By.id("investor-id")).getText();
      browser.signOut();

      browser.signIn("carl");
      browser.open("inbox");
      browser.click(By.id("inbox-kind"));
      browser.click(By.xpath("//vaadin-select-item[contains(., 'Investor')]"));
      browser.clickCell("tasks-grid", investorId);
      browser.waitForText(By.id("task-subject"), investorId);
      browser.click(By.id("claim"));
      browser.visible(By.id("unclaim"));
      assertThat(browser.visible(By.id("fact-country")).getText()).isEqualTo("SG");
      browser.type(By.cssSelector("#review-comment textarea"), "Passport verified.");
      browser.screenshot("32-compliance-investor-task");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));
      browser.signOut();

      browser.signIn(username, username + "-secret-1");
      browser.open("onboarding");
      browser.waitForAttribute(By.id("investor-status"), "data-status", "ELIGIBLE");
      assertThat(browser.visible(By.id("investor-eligibility-id")).getText()).startsWith("ELG-");
      browser.screenshot("33-investor-eligible");
    }
  }

  /** The copyright submission form, filled in up to (not including) the royalty history. */
  private static void fillCopyrightForm(Browser browser, Path registration, Path chain) {
    browser.click(By.xpath("//vaadin-radio-button[contains(., 'Copyright')]"));
    browser.type(By.cssSelector("#asset-title input"), "Song of the Huangpu");
    browser.choose(By.cssSelector("#asset-jurisdiction input"), "CN-SH (Shanghai)");
    browser.type(By.cssSelector("#copyright-registration-number input"), "2024-A-00012345");
    browser.type(
        By.cssSelector("#copyright-registration-authority input"),
        "National Copyright Administration of China");
    browser.type(By.cssSelector("#copyright-authors input"), "Li Wei; Chen Jing");
    browser.type(By.cssSelector("#copyright-rights-holder input"), "Harbour Music Publishing");
    browser.type(By.cssSelector("#asset-appraised-value input"), "1500000.00");
    browser.type(By.cssSelector("#asset-tokens input"), "15000");
    browser.upload("upload-registration-certificate", registration);
    browser.upload("upload-chain-of-rights", chain);
  }

  private static void review(
      Browser browser, String user, String assetId, String button, String comment, String shot)
      throws Exception {
    review(browser, user, assetId, button, comment, shot, b -> {});
  }

  /** A reviewer opens the task from the inbox, claims it, fills it in and decides. */
  private static void review(
      Browser browser,
      String user,
      String assetId,
      String button,
      String comment,
      String shot,
      java.util.function.Consumer<Browser> fill)
      throws Exception {
    browser.signIn(user);
    browser.open("inbox");
    browser.clickCell("tasks-grid", assetId);
    browser.waitForText(By.id("task-subject"), assetId);
    browser.click(By.id("claim"));
    browser.visible(By.id("unclaim"));
    fill.accept(browser);
    browser.type(By.cssSelector("#review-comment textarea"), comment);
    browser.screenshot(shot);
    browser.click(By.id(button));
    browser.visible(By.id("tasks-grid"));
    browser.signOut();
  }
}
