package org.cornerstone.audit.application;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cornerstone.shared.Actor;

/**
 * Which application-service methods are user actions: every public instance method of a class in an
 * {@code org.cornerstone.<context>.application} package that takes the acting {@link Actor}, unless
 * its name says it only reads. The default is "recorded": a new method that changes something is
 * recorded without anyone remembering to, and a new read method that is not named like one is
 * recorded too (noise in the log, never a gap). The audit context's own methods are not recorded
 * (reading the log is not an action on the platform).
 */
public final class UserActionPolicy {
  /** Names that read: a method starting with one of these changes nothing. */
  static final List<String> READ_PREFIXES =
      List.of(
          "get",
          "find",
          "list",
          "my",
          "is",
          "has",
          "can",
          "count",
          "search",
          "load",
          "validate",
          "preCheck",
          "check",
          "view");

  /** Read methods of today's services whose names do not start with a read prefix. */
  static final Set<String> READS =
      Set.of(
          "action",
          "affectingMe",
          "allAssets",
          "allocations",
          "asset",
          "audit",
          "auditTrail",
          "certificate",
          "changes",
          "csv",
          "dashboard",
          "details",
          "document",
          "evidence",
          "history",
          "holders",
          "inbox",
          "incidents",
          "instrumentIds",
          "instruments",
          "ledgerIdentity",
          "lockedJobs",
          "market",
          "markets",
          "ofInstrument",
          "offerableHoldings",
          "offering",
          "offerings",
          "openCount",
          "orderHistory",
          "orders",
          "organisations",
          "overview",
          "parameters",
          "partyOf",
          "pending",
          "portfolio",
          "process",
          "refusals",
          "runningProcesses",
          "subscriptions",
          "subscribe",
          "subscribeAll",
          "task",
          "trade",
          "trades",
          "users",
          "visible");

  private UserActionPolicy() {}

  /** Whether a class's methods are looked at at all: the contexts' application layers. */
  public static boolean covers(Class<?> type) {
    String name = type.getPackageName();
    return name.startsWith("org.cornerstone.")
        && name.endsWith(".application")
        && !name.startsWith("org.cornerstone.audit.")
        && !type.isInterface()
        && !type.isRecord()
        && !type.isEnum()
        && !type.isAnonymousClass()
        && !type.isLocalClass()
        && !Modifier.isFinal(type.getModifiers())
        && !Modifier.isAbstract(type.getModifiers());
  }

  /** Whether a call of this method is recorded as a user action. */
  public static boolean recorded(Method method) {
    int modifiers = method.getModifiers();
    if (!Modifier.isPublic(modifiers)
        || Modifier.isStatic(modifiers)
        || Modifier.isFinal(modifiers)
        || method.isSynthetic()
        || method.isBridge()) {
      return false;
    }
    if (Arrays.stream(method.getParameterTypes()).noneMatch(Actor.class::equals)) {
      return false;
    }
    return !reads(method.getName());
  }

  static boolean reads(String name) {
    if (READS.contains(name)) {
      return true;
    }
    for (String prefix : READ_PREFIXES) {
      if (name.startsWith(prefix)
          && (name.length() == prefix.length()
              || Character.isUpperCase(name.charAt(prefix.length())))) {
        return true;
      }
    }
    return false;
  }
}
