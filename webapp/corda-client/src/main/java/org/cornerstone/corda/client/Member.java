package org.cornerstone.corda.client;

import java.util.Map;
import java.util.Optional;

/** Corda's RestMemberInfo: the member-provided and MGM-provided context of a group member. */
public record Member(Map<String, String> memberContext, Map<String, String> mgmContext) {
  /** Key of the member's X.500 name in the member context. */
  public static final String NAME_KEY = "corda.name";

  /** Key of the member's status (ACTIVE, SUSPENDED, PENDING) in the MGM context. */
  public static final String STATUS_KEY = "corda.status";

  public Member {
    memberContext = Map.copyOf(memberContext);
    mgmContext = Map.copyOf(mgmContext);
  }

  public Optional<String> x500Name() {
    return Optional.ofNullable(memberContext.get(NAME_KEY));
  }

  public Optional<String> status() {
    return Optional.ofNullable(mgmContext.get(STATUS_KEY));
  }
}
