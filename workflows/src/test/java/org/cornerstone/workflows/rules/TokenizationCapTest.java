package org.cornerstone.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TokenizationCapTest {

  @Test
  void capIsValuationTimesShareRoundedDownToCents() {
    assertThat(TokenizationCap.capAmount(new BigDecimal("1000000.00"), 4000))
        .isEqualByComparingTo("400000.00");
    assertThat(TokenizationCap.capAmount(new BigDecimal("0.99"), 5000)).isEqualTo("0.49");
    assertThat(TokenizationCap.capAmount(new BigDecimal("123.45"), 10000)).isEqualTo("123.45");
  }

  @Test
  void outOfRangeShareOrNegativeValuationIsRefused() {
    assertThatThrownBy(() -> TokenizationCap.capAmount(BigDecimal.TEN, 10001))
        .hasMessageStartingWith(TokenizationCap.LOAN_TO_VALUE_OUT_OF_RANGE);
    assertThatThrownBy(() -> TokenizationCap.capAmount(BigDecimal.TEN, -1))
        .hasMessageStartingWith(TokenizationCap.LOAN_TO_VALUE_OUT_OF_RANGE);
    assertThatThrownBy(() -> TokenizationCap.capAmount(new BigDecimal("-1"), 5000))
        .hasMessageStartingWith(TokenizationCap.NEGATIVE_VALUATION);
  }
}
