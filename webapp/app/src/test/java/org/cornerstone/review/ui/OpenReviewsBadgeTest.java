package org.cornerstone.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import java.util.Set;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.Test;

class OpenReviewsBadgeTest {
  private final ReviewService reviews = mock(ReviewService.class);
  private final OpenReviewsBadge badge = new OpenReviewsBadge(reviews);

  @Test
  void aReviewerSeesHowManyReviewsWaitNextToTheInbox() {
    Actor trustee = new Actor("tom", "Tom", "Trust", Set.of(Role.TRUSTEE));
    when(reviews.openCount(trustee)).thenReturn(3);

    assertThat(badge.view()).isEqualTo(ReviewInboxView.class);
    Component shown = badge.badgeFor(trustee).orElseThrow();
    assertThat(shown.getId()).contains("inbox-count");
    assertThat(((HasText) shown).getText()).isEqualTo("3");
    assertThat(shown.getElement().getThemeList()).contains("badge", "contrast");
  }

  @Test
  void whoReviewsNothingGetsNoBadge() {
    Actor investor = new Actor("ivan", "Ivan", "Fund", Set.of(Role.INVESTOR));
    assertThat(badge.badgeFor(investor)).isEmpty();
  }
}
