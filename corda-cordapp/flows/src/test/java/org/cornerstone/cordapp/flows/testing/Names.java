package org.cornerstone.cordapp.flows.testing;

import net.corda.v5.base.types.MemberX500Name;

/** Test members. Production code never names parties; requests do. */
public final class Names {
  public static final MemberX500Name ISSUER = MemberX500Name.parse("O=Issuer, L=Zurich, C=CH");
  public static final MemberX500Name TRUSTEE = MemberX500Name.parse("O=Trustee, L=Zurich, C=CH");
  public static final MemberX500Name REGISTRAR =
      MemberX500Name.parse("O=Registrar, L=Zurich, C=CH");
  public static final MemberX500Name ALICE = MemberX500Name.parse("O=Alice, L=Geneva, C=CH");
  public static final MemberX500Name BOB = MemberX500Name.parse("O=Bob, L=Basel, C=CH");
  public static final MemberX500Name BANK = MemberX500Name.parse("O=Bank, L=Bern, C=CH");
  public static final MemberX500Name STRANGER = MemberX500Name.parse("O=Nobody, L=Nowhere, C=CH");

  private Names() {}
}
