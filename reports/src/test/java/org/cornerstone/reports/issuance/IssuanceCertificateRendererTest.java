package org.cornerstone.reports.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class IssuanceCertificateRendererTest {

  private final IssuanceCertificateRenderer renderer = new IssuanceCertificateRenderer();

  /** The rendered PDF: its page count and its text as PDFBox extracts it. */
  private record Parsed(int pages, String text) {}

  private static Parsed parse(byte[] pdf) throws IOException {
    assertThat(pdf).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new Parsed(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
    }
  }

  @Test
  void certificateShowsAssetTransactionDigestHoldersAndApprovers() throws IOException {
    IssuanceCertificate c = Fixtures.certificate();
    byte[] pdf = renderer.render(c);
    Path sample = Path.of("target", "certificate-sample.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);

    Parsed parsed = parse(pdf);
    assertThat(parsed.text())
        .contains(c.assetId(), c.ledgerTransactionId(), c.diligenceDigest(), c.issuerName())
        .contains(c.processInstanceId(), c.title());
    for (Holding h : c.holders()) {
      assertThat(parsed.text()).contains(h.holderName());
    }
    for (Approval a : c.approvals()) {
      assertThat(parsed.text()).contains(a.displayName(), a.userId(), a.decision());
    }
    assertThat(parsed.pages()).isEqualTo(1);
    assertThat(parsed.text()).contains("Page 1 of 1");
  }

  @Test
  void tokensRepresentTheTokenizedAmountTheLedgerRecordsNotTheAppraisedValue() throws IOException {
    IssuanceCertificate c = Fixtures.certificate(); // 12.5 M appraised, 60 % LTV, 1 M tokens
    String text = parse(renderer.render(c)).text().replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Appraised value CHF 12,500,000.00")
        .contains("Tokenized amount CHF 7,500,000.00 (on the ledger)")
        .contains("Tokens issued 1,000,000 (CHF 7.50 each)")
        .contains("tokens, each an equal share of CHF 7,500,000.00 tokenized from the asset")
        .doesNotContain("Appraised value per token")
        .doesNotContain("CHF 12.50 ");
    assertThatThrownBy(
            () ->
                new IssuanceCertificate(
                    c.assetId(),
                    c.title(),
                    c.assetKind(),
                    c.address(),
                    c.jurisdiction(),
                    c.appraisedValue(),
                    c.currencyCode(),
                    c.tokensIssued(),
                    c.issuerName(),
                    c.approvals(),
                    c.ledgerTransactionId(),
                    c.holders(),
                    c.diligenceDigest(),
                    c.issuedAt(),
                    c.processInstanceId(),
                    new BigDecimal("12500000.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenizedAmount");
  }

  @Test
  void sharesAreComputedFromQuantitiesAndTokensIssued() throws IOException {
    List<Holding> thirds =
        List.of(new Holding("Alpha", 1), new Holding("Beta", 1), new Holding("Gamma", 1));
    IssuanceCertificate base = Fixtures.certificate();
    IssuanceCertificate c =
        new IssuanceCertificate(
            base.assetId(),
            base.title(),
            base.assetKind(),
            base.address(),
            base.jurisdiction(),
            base.appraisedValue(),
            base.currencyCode(),
            3,
            base.issuerName(),
            base.approvals(),
            base.ledgerTransactionId(),
            thirds,
            base.diligenceDigest(),
            base.issuedAt(),
            base.processInstanceId(),
            base.tokenizedAmount());

    String text = parse(renderer.render(c)).text();

    BigDecimal third = Shares.percent(1, 3);
    assertThat(third).isEqualByComparingTo(new BigDecimal("33.3333"));
    assertThat(text.split(java.util.regex.Pattern.quote(third.toPlainString() + " %"), -1))
        .hasSize(4);
    assertThat(text).contains("100.0000 %");
  }

  @Test
  void unallocatedTokensAreShownSeparately() throws IOException {
    IssuanceCertificate c =
        Fixtures.certificate("Partly placed", List.of(new Holding("Only Holder", 400_000)));

    String text = parse(renderer.render(c)).text();

    assertThat(c.unallocatedTokens()).isEqualTo(600_000);
    assertThat(text).contains("Not allocated to a holder", "600,000", "60.0000 %", "40.0000 %");
  }

  @Test
  void timesArePrintedInUtcWithTheZone() throws IOException {
    IssuanceCertificate c = Fixtures.certificate();
    ZonedDateTime utc = c.issuedAt().atZone(ZoneOffset.UTC);
    String expected =
        String.format(
            "%04d-%02d-%02d %02d:%02d:%02d UTC",
            utc.getYear(),
            utc.getMonthValue(),
            utc.getDayOfMonth(),
            utc.getHour(),
            utc.getMinute(),
            utc.getSecond());

    assertThat(parse(renderer.render(c)).text()).contains(expected);
  }

  @Test
  void manyHoldersFlowOntoNumberedPages() throws IOException {
    List<Holding> holders = Fixtures.manyHolders(250, 4_000);
    IssuanceCertificate c = Fixtures.certificate("Large placement", holders);

    byte[] pdf = renderer.render(c);
    Files.write(Path.of("target", "certificate-many-holders.pdf"), pdf);
    Parsed parsed = parse(pdf);

    assertThat(parsed.pages()).isGreaterThan(3);
    for (Holding h : holders) {
      assertThat(parsed.text()).contains(h.holderName());
    }
    for (int page = 1; page <= parsed.pages(); page++) {
      assertThat(parsed.text()).contains("Page " + page + " of " + parsed.pages());
    }
    assertThat(parsed.text()).contains("(continued)", "Total (250 holders)");
  }

  @Test
  void hostileTextDoesNotBreakTheDocument() throws IOException {
    String html = "<script>alert('x')</script><b>Villa</b> & \"Co\"";
    String longWord = "X".repeat(5_000);
    String cjk = "北京市朝阳区建国路88号";
    String mixed = "Łódź ✓ 🏠 \u202Eevil\u202C tab\there\r\nnew line\u0000nul";
    List<Holding> holders =
        new ArrayList<>(
            List.of(
                new Holding(html, 1),
                new Holding(longWord, 1),
                new Holding("张伟", 1),
                new Holding(mixed, 1)));
    IssuanceCertificate base = Fixtures.certificate();
    List<Approval> approvals =
        List.of(
            new Approval(
                "trustee",
                "tom",
                "王芳",
                "APPROVED",
                ("很长的评论 " + longWord + " ").repeat(4),
                base.issuedAt()));
    IssuanceCertificate c =
        new IssuanceCertificate(
            "RE-<b>-" + longWord.substring(0, 300),
            cjk + " " + html + " " + longWord,
            "版权",
            cjk + "\n" + mixed,
            "CN-11",
            base.appraisedValue(),
            "CNY",
            4,
            base.issuerName(),
            approvals,
            base.ledgerTransactionId() + longWord,
            holders,
            base.diligenceDigest(),
            base.issuedAt(),
            base.processInstanceId(),
            base.tokenizedAmount());

    byte[] pdf = renderer.render(c);
    Files.write(Path.of("target", "certificate-hostile.pdf"), pdf);
    Parsed parsed = parse(pdf);

    assertThat(parsed.pages()).isGreaterThan(1);
    assertThat(parsed.text()).contains("<script>alert('x')</script>", "张伟", "王芳", "Łódź");
    assertThat(parsed.text().replaceAll("\\s", "")).contains(cjk);
    // title, transaction id, one holder and four comments each carry the 5,000-letter word
    assertThat(parsed.text().chars().filter(ch -> ch == 'X').count())
        .isGreaterThanOrEqualTo(35_000);
  }

  @Test
  void withoutTheCjkFontUnencodableCharactersBecomeQuestionMarks() throws IOException {
    IssuanceCertificateRenderer latinOnly =
        new IssuanceCertificateRenderer(
            List.of(TextFonts.FALLBACK_FONT_RESOURCES.get(0), "fonts/does-not-exist.ttf"));
    IssuanceCertificate c =
        Fixtures.certificate("北京 office", List.of(new Holding("张伟 Ltd", 1_000_000)));

    String text = parse(latinOnly.render(c)).text();

    assertThat(text).contains("?? office", "?? Ltd").doesNotContain("北京", "张伟");
  }

  @Test
  void cjkFontIsEmbeddedOnlyWhenNeeded() throws IOException {
    byte[] latin = renderer.render(Fixtures.certificate());
    byte[] chinese = renderer.render(Fixtures.certificate("北京 office", Fixtures.holders()));

    try (PDDocument doc = Loader.loadPDF(chinese)) {
      assertThat(fontNames(doc)).anyMatch(n -> n.contains("NotoSansSC"));
    }
    try (PDDocument doc = Loader.loadPDF(latin)) {
      assertThat(fontNames(doc)).noneMatch(n -> n.contains("NotoSansSC"));
    }
    assertThat(latin.length).isLessThan(chinese.length);
  }

  private static List<String> fontNames(PDDocument doc) throws IOException {
    List<String> names = new ArrayList<>();
    for (var page : doc.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        names.add(page.getResources().getFont(name).getName());
      }
    }
    return names;
  }

  @Test
  void nullCertificateIsRejected() {
    assertThatThrownBy(() -> renderer.render(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("certificate must not be null");
  }

  @Test
  void moneyKeepsTheCurrencyMinorUnitsAndNeverRounds() {
    assertThat(IssuanceCertificateRenderer.money(new BigDecimal("12500000"), "EUR"))
        .isEqualTo("EUR 12,500,000.00");
    assertThat(IssuanceCertificateRenderer.money(new BigDecimal("980000000"), "JPY"))
        .isEqualTo("JPY 980,000,000");
    assertThat(IssuanceCertificateRenderer.money(new BigDecimal("0.125"), "USD"))
        .isEqualTo("USD 0.125");
  }
}
