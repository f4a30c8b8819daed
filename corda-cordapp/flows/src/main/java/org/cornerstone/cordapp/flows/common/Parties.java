package org.cornerstone.cordapp.flows.common;

import java.security.PublicKey;
import java.util.List;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.plan.PlanParty;

/**
 * Resolves the X500 names a request names to members of the application network. Names always come
 * from the request or the member lookup, never from code.
 */
public final class Parties {

  public static final String INVALID_NAME = "Not an X500 name: ";
  public static final String UNKNOWN_PARTY = "Unknown party: ";
  public static final String INACTIVE_PARTY = "The party is not an active member: ";
  public static final String NO_LEDGER_KEY = "The party has no ledger key: ";

  private Parties() {}

  /** The member as a party of a transaction plan: its name and ledger key. */
  public static PlanParty planParty(MemberInfo member) {
    return new PlanParty(member.getName(), ledgerKey(member));
  }

  /** Parses an X500 name from a request field. */
  public static MemberX500Name name(String x500, String field) {
    Requests.required(x500, field);
    try {
      return MemberX500Name.parse(x500);
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException(INVALID_NAME + x500, malformed);
    }
  }

  /** The active member with this name; unknown or suspended members are refused. */
  public static MemberInfo member(MemberLookup members, MemberX500Name name) {
    MemberInfo member = members.lookup(name);
    if (member == null) {
      throw new IllegalArgumentException(UNKNOWN_PARTY + name);
    }
    if (!member.isActive()) {
      throw new IllegalArgumentException(INACTIVE_PARTY + name);
    }
    return member;
  }

  /** Parses a request field and resolves it to an active member. */
  public static MemberInfo member(MemberLookup members, String x500, String field) {
    return member(members, name(x500, field));
  }

  /**
   * The key a member signs transactions with. Corda 5 gives every member a ledger key at
   * registration; session keys only authenticate peer-to-peer messages and must not sign.
   */
  public static PublicKey ledgerKey(MemberInfo member) {
    List<PublicKey> keys = member.getLedgerKeys();
    if (keys == null || keys.isEmpty()) {
      throw new IllegalStateException(NO_LEDGER_KEY + member.getName());
    }
    return keys.get(0);
  }

  /** True when {@code name} is an active member; the registrar's eligibility test. */
  public static boolean isActiveMember(MemberLookup members, MemberX500Name name) {
    MemberInfo member = members.lookup(name);
    return member != null && member.isActive();
  }
}
