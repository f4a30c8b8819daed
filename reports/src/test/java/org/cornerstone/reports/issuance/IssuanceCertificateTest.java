package org.cornerstone.reports.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuanceCertificateTest {

  private static final IssuanceCertificate BASE = Fixtures.certificate();

  /** The base certificate's constructor arguments, in order. */
  private static Object[] args() {
    return new Object[] {
      BASE.assetId(),
      BASE.title(),
      BASE.assetKind(),
      BASE.address(),
      BASE.jurisdiction(),
      BASE.appraisedValue(),
      BASE.currencyCode(),
      BASE.tokensIssued(),
      BASE.issuerName(),
      BASE.approvals(),
      BASE.ledgerTransactionId(),
      BASE.holders(),
      BASE.diligenceDigest(),
      BASE.issuedAt(),
      BASE.processInstanceId(),
      BASE.tokenizedAmount()
    };
  }

  @SuppressWarnings("unchecked")
  private static IssuanceCertificate create(Object[] a) {
    return new IssuanceCertificate(
        (String) a[0],
        (String) a[1],
        (String) a[2],
        (String) a[3],
        (String) a[4],
        (BigDecimal) a[5],
        (String) a[6],
        (Long) a[7],
        (String) a[8],
        (List<Approval>) a[9],
        (String) a[10],
        (List<Holding>) a[11],
        (String) a[12],
        (Instant) a[13],
        (String) a[14],
        (BigDecimal) a[15]);
  }

  private static IssuanceCertificate with(int index, Object value) {
    Object[] a = args();
    a[index] = value;
    return create(a);
  }

  @Test
  void everyNullFieldIsRejectedByName() {
    String[] names = {
      "assetId", "title", "assetKind", "address", "jurisdiction", "appraisedValue",
      "currencyCode", null, "issuerName", "approvals", "ledgerTransactionId", "holders",
      "diligenceDigest", "issuedAt", "processInstanceId", "tokenizedAmount"
    };
    for (int i = 0; i < names.length; i++) {
      if (names[i] == null) {
        continue; // tokensIssued is a primitive
      }
      int index = i;
      assertThatThrownBy(() -> with(index, null))
          .as(names[i])
          .isInstanceOf(NullPointerException.class)
          .hasMessage(names[i] + " must not be null");
    }
  }

  @Test
  void blankTextIsRejected() {
    assertThatThrownBy(() -> with(0, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assetId must not be blank");
  }

  @Test
  void nullListElementsAreRejectedWithTheirIndex() {
    List<Holding> holders = new ArrayList<>(Fixtures.holders());
    holders.add(1, null);
    assertThatThrownBy(() -> with(11, holders))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("holders[1] must not be null");
    assertThatThrownBy(() -> with(9, Arrays.asList(Fixtures.approvals().get(0), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("approvals[1] must not be null");
  }

  @Test
  void numbersCurrencyAndDigestAreValidated() {
    assertThatThrownBy(() -> with(5, BigDecimal.ZERO))
        .hasMessageContaining("appraisedValue must be positive");
    assertThatThrownBy(() -> with(6, "EURO"))
        .hasMessageContaining("ISO 4217")
        .hasMessageContaining("EURO");
    assertThatThrownBy(() -> with(7, 0L)).hasMessageContaining("tokensIssued must be positive");
    assertThatThrownBy(() -> with(12, "not-hex"))
        .hasMessageContaining("diligenceDigest must be hexadecimal");
    assertThatThrownBy(() -> with(7, 999_999L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000000 tokens in total, more than the 999999 issued");
  }

  @Test
  void holdingAndApprovalValidateTheirFields() {
    assertThatThrownBy(() -> new Holding("A", 0)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> new Holding(null, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("holding.holderName must not be null");
    assertThatThrownBy(() -> new Approval("trustee", "tom", "Tom", "APPROVED", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("approval.decidedAt must not be null");
    assertThat(new Approval("trustee", "tom", "Tom", "APPROVED", null, Instant.EPOCH).comment())
        .isNull();
  }

  @Test
  void listsAreCopied() {
    List<Holding> holders = new ArrayList<>(Fixtures.holders());
    IssuanceCertificate c = with(11, holders);
    holders.clear();
    assertThat(c.holders()).hasSize(3);
    assertThatThrownBy(() -> c.holders().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
