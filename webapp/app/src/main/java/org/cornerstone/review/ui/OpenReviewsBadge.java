package org.cornerstone.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.MenuBadge;

/** The number of reviews waiting for the reviewer's groups, next to the review inbox entry. */
@ApplicationScoped
public class OpenReviewsBadge implements MenuBadge {
  private final ReviewService reviews;

  @Inject
  public OpenReviewsBadge(ReviewService reviews) {
    this.reviews = reviews;
  }

  /** For CDI's client proxy. */
  protected OpenReviewsBadge() {
    this.reviews = null;
  }

  @Override
  public Class<? extends Component> view() {
    return ReviewInboxView.class;
  }

  @Override
  public Optional<Component> badgeFor(Actor actor) {
    if (!ReviewService.isReviewer(actor)) {
      return Optional.empty();
    }
    Span count = new Span(String.valueOf(reviews.openCount(actor)));
    count.setId("inbox-count");
    count.getElement().getThemeList().add("badge contrast");
    return Optional.of(count);
  }
}
