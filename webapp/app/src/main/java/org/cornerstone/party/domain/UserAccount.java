package org.cornerstone.party.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/** A person who signs in. Holds only a password hash, never the password. */
@Entity
@Table(name = "user_account")
public class UserAccount {
  @Id private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean active = true;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Organisation organisation,
      Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.organisation = organisation;
    this.roles = EnumSet.copyOf(roles);
  }

  public boolean passwordMatches(char[] password) {
    return active && PasswordHash.matches(password, passwordHash);
  }

  /** The stored hash, for the identity store to verify with the container's password hash. */
  public String passwordHash() {
    return passwordHash;
  }

  /**
   * Re-encodes a pre-V16 hash in Jakarta Security's encoding (same derived key, no password
   * needed); answers whether it changed anything.
   */
  public boolean reencodeLegacyPasswordHash() {
    if (!PasswordHash.isLegacy(passwordHash)) {
      return false;
    }
    var encoded = PasswordHash.jakartaEncoding(passwordHash);
    encoded.ifPresent(h -> passwordHash = h);
    return encoded.isPresent();
  }

  public Actor toActor() {
    return new Actor(username, displayName, organisation.id(), roles);
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean active() {
    return active;
  }

  /** A disabled user cannot sign in (UI or API) until enabled again. */
  public void setActive(boolean active) {
    this.active = active;
  }

  /** A new password (an administrator's reset): the old one stops working at once. */
  public void resetPassword(String passwordHash) {
    this.passwordHash = java.util.Objects.requireNonNull(passwordHash, "passwordHash");
  }
}
