package org.cornerstone.allocation;

import java.time.Instant;
import java.util.Objects;

/**
 * One subscription as the engine sees it.
 *
 * @param id the subscription's id: unique in the book, the last tie-breaker
 * @param subscribedAt when it was made: first come first served, and the first tie-breaker
 * @param quantity tokens asked for, at least the offering's minimum subscription
 */
public record SubscriptionRequest(long id, Instant subscribedAt, long quantity) {
  public SubscriptionRequest {
    Objects.requireNonNull(subscribedAt, "subscribedAt");
    if (quantity <= 0) {
      throw new IllegalArgumentException("Subscription " + id + ": quantity must be positive");
    }
  }
}
