package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/** Who is on the platform. */
@ApplicationScoped
@Transactional
public class UserDirectory {
  public static final String ONLY_ADMINS = "Only administrators can list users.";

  @Inject UserRepository users;

  public List<UserView> users(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(ONLY_ADMINS);
    }
    return users.findAll().stream().map(UserDirectory::view).toList();
  }

  static UserView view(org.cornerstone.party.domain.UserAccount u) {
    return new UserView(
        u.username(),
        u.displayName(),
        u.organisation().name(),
        u.organisation().x500Name(),
        u.roles().stream().map(Role::name).sorted().toList(),
        u.active());
  }

  /** The X.500 name of the actor's organisation: their identity on the ledger. */
  public Optional<String> ledgerIdentity(Actor actor) {
    return users.findOrganisation(actor.organisation()).map(o -> o.x500Name());
  }

  /** An organisation by id (an asset's issuer, a registrar). */
  public Optional<OrganisationView> organisation(String organisationId) {
    return users.findOrganisation(organisationId).map(UserDirectory::view);
  }

  /** The organisation a user belongs to (e.g. the trustee who approved an issuance). */
  public Optional<OrganisationView> organisationOf(String username) {
    return users.find(username).map(u -> view(u.organisation()));
  }

  /**
   * Registers a securitization deal's SPV (issue 14) as an organisation of kind {@code SPV} with
   * its own ledger identity {@code x500Name}; the embedded ledger makes the party's signing key on
   * its first transaction (as for every organisation). Idempotent by {@code id}.
   *
   * @throws ConflictException when another organisation already has that ledger identity
   */
  public OrganisationView registerVehicle(String id, String name, String x500Name) {
    Optional<Organisation> existing = users.findOrganisation(id);
    if (existing.isPresent()) {
      return view(existing.get());
    }
    for (Organisation.Kind kind : Organisation.Kind.values()) {
      for (Organisation o : users.findOrganisationsOfKind(kind)) {
        if (o.x500Name().equalsIgnoreCase(x500Name)) {
          throw new org.cornerstone.shared.ConflictException(
              "An organisation with the ledger identity "
                  + x500Name
                  + " exists: "
                  + o.name()
                  + ".");
        }
      }
    }
    Organisation vehicle = new Organisation(id, name, x500Name, Organisation.Kind.SPV);
    users.add(vehicle);
    return view(vehicle);
  }

  /** The platform operator's organisation. */
  public Optional<OrganisationView> operator() {
    return users.findOrganisationOfKind(Organisation.Kind.OPERATOR).map(UserDirectory::view);
  }

  /** The trustee organisation: it runs market operations and receives trading fees (issue 12). */
  public Optional<OrganisationView> trustee() {
    return users.findOrganisationOfKind(Organisation.Kind.TRUSTEE).map(UserDirectory::view);
  }

  /**
   * The settlement bank: issuer of cash tokens against deposits (issue 11). With several settlement
   * banks (issue 22's cross-border PvP adds a second), the first by organisation id: the platform's
   * primary bank, the one the cash deposit and withdrawal processes and the CNY flows use. Cash of
   * other banks is named per (currency, bank) where it is used ({@link #organisationsOfKind}).
   */
  public Optional<OrganisationView> settlementBank() {
    return users.findOrganisationOfKind(Organisation.Kind.SETTLEMENT_BANK).map(UserDirectory::view);
  }

  /**
   * The organisation's kind ({@code ORIGINATOR}, {@code SUPPLIER}, {@code CORE_ENTERPRISE}, {@code
   * FINANCIER}, ...), if it exists.
   */
  public Optional<String> organisationKind(String organisationId) {
    return users.findOrganisation(organisationId).map(o -> o.kind().name());
  }

  /** The onboarded organisations of a kind (e.g. {@code SUPPLIER}), by id. */
  public List<OrganisationView> organisationsOfKind(String kind) {
    return users.findOrganisationsOfKind(Organisation.Kind.valueOf(kind)).stream()
        .map(UserDirectory::view)
        .toList();
  }

  /**
   * The organisation whose identity on the ledger is {@code x500Name}, with its kind (issue 22: who
   * a certificate's holder is).
   */
  public Optional<OrganisationView> organisationByLedgerIdentity(String x500Name) {
    return kindByLedgerIdentity(x500Name).map(java.util.Map.Entry::getKey);
  }

  /** The kind ({@code SUPPLIER}, ...) of the organisation with that ledger identity. */
  public Optional<String> organisationKindByLedgerIdentity(String x500Name) {
    return kindByLedgerIdentity(x500Name).map(java.util.Map.Entry::getValue);
  }

  private Optional<java.util.Map.Entry<OrganisationView, String>> kindByLedgerIdentity(
      String x500Name) {
    if (x500Name == null) {
      return Optional.empty();
    }
    for (Organisation.Kind kind : Organisation.Kind.values()) {
      for (Organisation o : users.findOrganisationsOfKind(kind)) {
        if (x500Name.equals(o.x500Name())) {
          return Optional.of(java.util.Map.entry(view(o), kind.name()));
        }
      }
    }
    return Optional.empty();
  }

  private static OrganisationView view(Organisation o) {
    return new OrganisationView(o.id(), o.name(), o.x500Name());
  }
}
