package org.cornerstone.cordapp.flows.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.corda.v5.application.messaging.FlowMessaging;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;

/** Opens one session per distinct counterparty (never to ourselves) and sends them the terms. */
public final class Sessions {

  private Sessions() {}

  /**
   * One session per distinct name other than {@code me}. Every session is sent {@code terms} first:
   * the responder checks the transaction it is asked to sign or store against them.
   */
  @Suspendable
  public static List<FlowSession> openAndSend(
      FlowMessaging messaging, MemberX500Name me, Object terms, MemberX500Name... counterparties) {
    Set<MemberX500Name> distinct = new LinkedHashSet<>(List.of(counterparties));
    distinct.remove(me);
    List<FlowSession> sessions = new ArrayList<>();
    for (MemberX500Name name : distinct) {
      FlowSession session = messaging.initiateFlow(name);
      session.send(terms);
      sessions.add(session);
    }
    return sessions;
  }
}
