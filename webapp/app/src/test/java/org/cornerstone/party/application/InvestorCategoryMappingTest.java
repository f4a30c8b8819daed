package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.cornerstone.party.domain.InvestorCategory;
import org.junit.jupiter.api.Test;

/** The party's investor category and the workflows module's map one to one, both ways. */
class InvestorCategoryMappingTest {
  @Test
  void everyCategoryMapsToTheSameNameAndBack() {
    for (InvestorCategory category : InvestorCategory.values()) {
      var process = InvestorViews.toProcess(category);
      assertThat(process.name()).isEqualTo(category.name());
      assertThat(InvestorViews.fromProcess(process)).isEqualTo(category);
    }
    assertThat(org.cornerstone.workflows.investor.InvestorCategory.values())
        .hasSameSizeAs(InvestorCategory.values());
  }
}
