package org.cornerstone.loadtest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading Vaadin Flow's answers: the init answer ({@code ?v-r=init}, {@code {"appConfig":
 * {"v-uiId": 0, "uidl": {...}}}}) and UIDL answers ({@code for(;;);[{...}]}). A UIDL message
 * carries {@code syncId}, {@code clientId}, the CSRF token ({@code Vaadin-Security-Key}, first
 * message only) and {@code changes}: the state tree, e.g. {@code {"node": 7, "type": "put", "key":
 * "tag", "feat": 0, "value": "vaadin-login-form"}}.
 */
final class Uidl {
  private static final String UIDL_PREFIX = "for(;;);";

  private Uidl() {}

  /** The UIDL message of an init answer. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> ofInit(String body) {
    Object parsed = Json.parse(body);
    if (parsed instanceof Map<?, ?> root
        && root.get("appConfig") instanceof Map<?, ?> config
        && config.get("uidl") instanceof Map<?, ?> uidl) {
      return (Map<String, Object>) uidl;
    }
    throw new IllegalArgumentException("not a Vaadin init answer: " + abbreviate(body));
  }

  /** The UI id of an init answer ({@code appConfig.v-uiId}). */
  static int uiIdOfInit(String body) {
    if (Json.parse(body) instanceof Map<?, ?> root
        && root.get("appConfig") instanceof Map<?, ?> config
        && config.get("v-uiId") instanceof BigDecimal id) {
      return id.intValueExact();
    }
    throw new IllegalArgumentException("no appConfig.v-uiId in the init answer");
  }

  /** The message of a UIDL answer ({@code for(;;);[{...}]}). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> ofResponse(String body) {
    String json = body.startsWith(UIDL_PREFIX) ? body.substring(UIDL_PREFIX.length()) : body;
    Object parsed = Json.parse(json);
    if (parsed instanceof List<?> list && list.size() == 1 && list.get(0) instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    if (parsed instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException("not a UIDL answer: " + abbreviate(body));
  }

  static Optional<String> csrfToken(Map<String, Object> uidl) {
    return Optional.ofNullable(uidl.get("Vaadin-Security-Key")).map(Object::toString);
  }

  static Optional<String> string(Map<String, Object> uidl, String key) {
    return uidl.get(key) instanceof String text ? Optional.of(text) : Optional.empty();
  }

  static Optional<Integer> number(Map<String, Object> uidl, String key) {
    return uidl.get(key) instanceof BigDecimal n
        ? Optional.of(n.intValueExact())
        : Optional.empty();
  }

  /**
   * The node whose property/attribute {@code key} was set to {@code value} in this message's
   * changes: {@code ("tag", "vaadin-login-form")} finds the login form, {@code ("id",
   * "tasks-grid")} an element by its id.
   */
  static Optional<Integer> node(Map<String, Object> uidl, String key, String value) {
    if (!(uidl.get("changes") instanceof List<?> changes)) {
      return Optional.empty();
    }
    for (Object change : changes) {
      if (change instanceof Map<?, ?> c
          && "put".equals(c.get("type"))
          && key.equals(c.get("key"))
          && value.equals(c.get("value"))
          && c.get("node") instanceof BigDecimal node) {
        return Optional.of(node.intValueExact());
      }
    }
    return Optional.empty();
  }

  /** Whether the server says the session expired or the UI is gone (a full reload is needed). */
  static boolean expiredOrError(Map<String, Object> uidl) {
    return uidl.get("meta") instanceof Map<?, ?> meta
        && (meta.containsKey("sessionExpired") || meta.containsKey("appError"));
  }

  static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
