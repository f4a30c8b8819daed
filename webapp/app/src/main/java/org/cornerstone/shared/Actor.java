package org.cornerstone.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: passed explicitly into application services, which check roles themselves so that
 * no screen or endpoint can bypass them.
 */
public record Actor(String userId, String displayName, String organisation, Set<Role> roles) {
  public Actor {
    Objects.requireNonNull(userId, "userId");
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
