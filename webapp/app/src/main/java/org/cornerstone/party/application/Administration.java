package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.cornerstone.party.domain.AdminAuditEntry;
import org.cornerstone.party.domain.AdministrationRepository;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * The administrator's work on parties: creates organisations (with their ledger identity) and
 * users, disables and enables users. Every act is written to the audit trail.
 */
@ApplicationScoped
@Transactional
public class Administration {
  public static final String ONLY_ADMINS =
      "Only administrators can administer organisations and users.";
  static final int MIN_PASSWORD_LENGTH = 10;
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  /** The attributes a ledger (Corda) party name may hold; O, L and C are required. */
  private static final Set<String> X500_ATTRIBUTES = Set.of("CN", "OU", "O", "L", "ST", "C");

  @Inject UserRepository users;
  @Inject AdministrationRepository administration;
  @Inject Clock clock;

  /** What an administrator asks for when adding an organisation. */
  public record NewOrganisation(String name, String kind, String x500Name) {}

  /** What an administrator asks for when adding a user. */
  public record NewUser(
      String username,
      String displayName,
      String organisationId,
      List<String> roles,
      String initialPassword) {}

  /** One line of the audit trail. */
  public record AuditLine(
      java.time.Instant at, String actor, String action, String subject, String detail) {}

  public List<OrganisationSummary> organisations(Actor actor) {
    requireAdmin(actor);
    return administration.organisations().stream().map(Administration::summary).toList();
  }

  public OrganisationSummary createOrganisation(Actor actor, NewOrganisation request) {
    requireAdmin(actor);
    List<String> problems = new ArrayList<>();
    String name = blankToNull(request == null ? null : request.name());
    if (name == null) {
      problems.add("The organisation needs a name.");
    } else if (name.length() > 200) {
      problems.add("The organisation name is longer than 200 characters.");
    }
    Organisation.Kind kind = null;
    String kindText = request == null ? null : blankToNull(request.kind());
    if (kindText == null) {
      problems.add("Choose the kind of organisation.");
    } else {
      try {
        kind = Organisation.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("Unknown kind of organisation: " + kindText + ".");
      }
    }
    String x500 = null;
    String x500Text = request == null ? null : blankToNull(request.x500Name());
    if (x500Text == null) {
      problems.add("The organisation needs a ledger identity (X.500 name).");
    } else {
      try {
        x500 = canonicalX500(x500Text);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (administration.findOrganisationByX500Name(x500).isPresent()) {
      throw new ConflictException("An organisation with the ledger identity " + x500 + " exists.");
    }
    String id = uniqueId(name);
    Organisation organisation = new Organisation(id, name, x500, kind);
    users.add(organisation);
    audit(
        actor,
        AdminAuditEntry.Action.ORGANISATION_CREATED,
        id,
        name + " (" + kind + ", " + x500 + ")");
    return summary(organisation);
  }

  public UserView createUser(Actor actor, NewUser request) {
    requireAdmin(actor);
    if (request == null) {
      throw new ValidationException(
          "The user needs a username, a name, an organisation and roles.");
    }
    List<String> problems = new ArrayList<>();
    String username = blankToNull(request.username());
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(
          "The username must be 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a"
              + " letter.");
    }
    String displayName = blankToNull(request.displayName());
    if (displayName == null) {
      problems.add("The user needs a display name.");
    }
    Organisation organisation = null;
    if (blankToNull(request.organisationId()) == null) {
      problems.add("Choose the user's organisation.");
    } else {
      organisation = users.findOrganisation(request.organisationId().strip()).orElse(null);
      if (organisation == null) {
        problems.add("Unknown organisation: " + request.organisationId() + ".");
      }
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (request.roles() == null || request.roles().isEmpty()) {
      problems.add("Give the user at least one role.");
    } else {
      for (String role : request.roles()) {
        try {
          roles.add(Role.valueOf(String.valueOf(role).strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add("Unknown role: " + role + ".");
        }
      }
    }
    String password = request.initialPassword();
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      problems.add("The initial password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (users.find(username).isPresent()) {
      throw new ConflictException("The username " + username + " is taken.");
    }
    UserAccount user =
        new UserAccount(
            username, displayName, PasswordHash.hash(password.toCharArray()), organisation, roles);
    users.add(user);
    audit(
        actor,
        AdminAuditEntry.Action.USER_CREATED,
        username,
        displayName + ", " + organisation.name() + ", " + roles);
    return UserDirectory.view(user);
  }

  /** Disables or enables a user; a disabled user can no longer sign in. */
  public UserView setActive(Actor actor, String username, boolean active) {
    requireAdmin(actor);
    UserAccount user =
        users.find(username).orElseThrow(() -> new NotFoundException("No user " + username + "."));
    if (!active && user.username().equals(actor.userId())) {
      throw new ConflictException("Administrators cannot disable themselves.");
    }
    if (user.active() != active) {
      user.setActive(active);
      audit(
          actor,
          active ? AdminAuditEntry.Action.USER_ENABLED : AdminAuditEntry.Action.USER_DISABLED,
          username,
          null);
    }
    return UserDirectory.view(user);
  }

  /**
   * Gives a user a new password (lost or compromised); the old one stops working at once. The
   * password itself is never written to the audit trail.
   */
  public UserView resetPassword(Actor actor, String username, String newPassword) {
    requireAdmin(actor);
    UserAccount user =
        users.find(username).orElseThrow(() -> new NotFoundException("No user " + username + "."));
    if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
      throw new ValidationException(
          "The new password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    user.resetPassword(PasswordHash.hash(newPassword.toCharArray()));
    audit(actor, AdminAuditEntry.Action.PASSWORD_RESET, username, null);
    return UserDirectory.view(user);
  }

  /** The audit trail: administrators and auditors (read-only) may read it. */
  public List<AuditLine> auditTrail(Actor actor) {
    if (!actor.has(Role.AUDITOR)) {
      requireAdmin(actor);
    }
    return administration.auditTrail(200).stream()
        .map(a -> new AuditLine(a.at(), a.actor(), a.action(), a.subject(), a.detail()))
        .toList();
  }

  /**
   * The X.500 name in one canonical spelling ("CN=…, O=…, L=…, C=…"), or a sentence saying why it
   * is not a ledger identity.
   */
  static String canonicalX500(String text) {
    LdapName parsed;
    try {
      parsed = new LdapName(text.strip());
    } catch (InvalidNameException | IllegalArgumentException e) {
      throw new IllegalArgumentException("The ledger identity is not an X.500 name: " + text + ".");
    }
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (Rdn rdn : parsed.getRdns()) {
      String type = rdn.getType().toUpperCase(Locale.ROOT);
      if (!X500_ATTRIBUTES.contains(type)) {
        throw new IllegalArgumentException(
            "The ledger identity may only use CN, OU, O, L, ST and C, not " + type + ".");
      }
      String value = String.valueOf(rdn.getValue()).strip();
      if (value.isEmpty() || values.put(type, value) != null) {
        throw new IllegalArgumentException(
            "The ledger identity has an empty or repeated " + type + ".");
      }
    }
    for (String required : List.of("O", "L", "C")) {
      if (!values.containsKey(required)) {
        throw new IllegalArgumentException(
            "The ledger identity needs O (organisation), L (locality) and C (country).");
      }
    }
    if (!values.get("C").matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "The country (C) of the ledger identity is a two-letter ISO code such as CN.");
    }
    StringBuilder canonical = new StringBuilder();
    for (String type : List.of("CN", "OU", "O", "L", "ST", "C")) {
      if (values.containsKey(type)) {
        if (canonical.length() > 0) {
          canonical.append(", ");
        }
        canonical.append(type).append('=').append(Rdn.escapeValue(values.get(type)));
      }
    }
    return canonical.toString();
  }

  private String uniqueId(String name) {
    String base =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (base.isEmpty()) {
      base = "org";
    }
    if (base.length() > 56) {
      base = base.substring(0, 56);
    }
    String id = base;
    for (int n = 2; users.findOrganisation(id).isPresent(); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private void audit(Actor actor, AdminAuditEntry.Action action, String subject, String detail) {
    administration.record(
        new AdminAuditEntry(clock.instant(), actor.userId(), action, subject, detail));
  }

  private static OrganisationSummary summary(Organisation o) {
    return new OrganisationSummary(o.id(), o.name(), o.kind().name(), o.x500Name());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(ONLY_ADMINS);
    }
  }
}
