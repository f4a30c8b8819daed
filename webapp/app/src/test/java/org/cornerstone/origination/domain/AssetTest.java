package org.cornerstone.origination.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.cornerstone.shared.Money;
import org.junit.jupiter.api.Test;

public class AssetTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  public static Asset asset() {
    return new Asset(
        "RE-000001",
        AssetKind.REAL_ESTATE,
        "Tower",
        "1 Road",
        "CN-SH",
        new Money(new BigDecimal("100.00"), Currency.getInstance("CNY")),
        1000,
        "olivia",
        "harbour-realty",
        "key-1",
        NOW);
  }

  private static Valuation valuation() {
    return Valuation.appraisal(new BigDecimal("120.00"), 6000, "victor", null, NOW);
  }

  @Test
  void movesForwardFromSubmissionToTokenized() {
    Asset asset = asset();
    assertThat(asset.status()).isEqualTo(AssetStatus.SUBMITTED);
    asset.documentsComplete();
    assertThat(asset.status()).isEqualTo(AssetStatus.IN_REVIEW);
    asset.sentBack("Add the insurance certificate");
    assertThat(asset.status()).isEqualTo(AssetStatus.SENT_BACK);
    assertThat(asset.reworkComment()).contains("Add the insurance certificate");
    asset.resubmitted();
    assertThat(asset.status()).isEqualTo(AssetStatus.IN_REVIEW);
    asset.valued(valuation());
    assertThat(asset.valuation().orElseThrow().tokenizationCap()).isEqualByComparingTo("72.00");
    asset.approvedForIssuance();
    assertThat(asset.status()).isEqualTo(AssetStatus.APPROVED);
    asset.tokenized("SHA-256:AB", "digest", NOW);
    assertThat(asset.status()).isEqualTo(AssetStatus.TOKENIZED);
    assertThat(asset.ledgerTransactionId()).contains("SHA-256:AB");
    // a retried issuance step with the same transaction changes nothing
    asset.tokenized("SHA-256:AB", "digest", NOW);
    assertThat(asset.status()).isEqualTo(AssetStatus.TOKENIZED);
  }

  @Test
  void tokensRepresentTheTokenizedAmountTheLedgerRecordsNotTheAppraisedValue() {
    Asset asset = asset(); // 1,000 tokens
    assertThat(asset.tokenizedAmount()).isEmpty();
    asset.documentsComplete();
    asset.valued(valuation()); // appraised 120.00 at 60 %
    assertThat(asset.tokenizedAmount())
        .contains(new Money(new BigDecimal("72.00"), Currency.getInstance("CNY")));
    assertThat(asset.tokenizedAmountPerToken())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.0720"));
    // what the issuance step sends to the ledger: rounded down to the fen, never up
    assertThat(Asset.tokenizedAmount(new BigDecimal("72.0099"), Currency.getInstance("CNY")))
        .isEqualTo(new Money(new BigDecimal("72.00"), Currency.getInstance("CNY")));
  }

  @Test
  void refusesMovesThatDoNotFitTheStatus() {
    Asset asset = asset();
    assertThatThrownBy(asset::approvedForIssuance).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(asset::resubmitted).isInstanceOf(IllegalStateException.class);
    asset.documentsComplete();
    assertThatThrownBy(asset::approvedForIssuance)
        .as("no approval without a valuation")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> asset.tokenized("SHA-256:AB", "d", NOW))
        .isInstanceOf(IllegalStateException.class);
    asset.rejected("No deed");
    assertThatThrownBy(() -> asset.rejected("again")).isInstanceOf(IllegalStateException.class);
    assertThat(asset.rejectionReason()).contains("No deed");
  }

  @Test
  void missingDocumentsSendTheAssetBackToTheOriginator() {
    Asset asset = asset();
    asset.documentsMissing(List.of("Title deed", "Appraisal report"));
    assertThat(asset.status()).isEqualTo(AssetStatus.SENT_BACK);
    assertThat(asset.missingDocuments()).contains("Title deed, Appraisal report");
    assertThat(asset.reworkComment())
        .contains("Missing required documents: Title deed, Appraisal report");
    asset.resubmitted();
    asset.documentsComplete();
    assertThat(asset.status()).isEqualTo(AssetStatus.IN_REVIEW);
    assertThat(asset.missingDocuments()).isEmpty();
  }

  @Test
  void refusesTokenCountsOutOfRange() {
    assertThatThrownBy(
            () ->
                new Asset(
                    "RE-1",
                    AssetKind.REAL_ESTATE,
                    "t",
                    "a",
                    "j",
                    new Money(BigDecimal.TEN, Currency.getInstance("CNY")),
                    0,
                    "o",
                    "org",
                    "k",
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
