package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.party.domain.AdminAuditEntry;
import org.cornerstone.party.domain.AdministrationRepository;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdministrationTest {
  static final Actor ADA = new Actor("ada", "Ada", "cornerstone-operator", Set.of(Role.ADMIN));
  static final Actor OLIVIA =
      new Actor("olivia", "Olivia", "harbour-realty", Set.of(Role.ORIGINATOR));

  InvestorFakes.Users users = new InvestorFakes.Users();
  Audit audit = new Audit();
  Administration admin = new Administration();
  AuthenticationService authentication = new AuthenticationService();

  @BeforeEach
  void wire() {
    admin.users = users;
    audit.users = users;
    admin.administration = audit;
    admin.clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    authentication.users = users;
    authentication.clock = admin.clock;
    authentication.passwords =
        new org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl();
    authentication.configure();
  }

  @Test
  void adminCreatesOrganisationAndUserWhoSignsInUntilDisabled() {
    OrganisationSummary org =
        admin.createOrganisation(
            ADA,
            new Administration.NewOrganisation(
                "Pearl Delta Estates", "originator", " O=Pearl Delta Estates ,L=Guangzhou, C=CN"));
    assertThat(org.id()).isEqualTo("pearl-delta-estates");
    assertThat(org.x500Name()).isEqualTo("O=Pearl Delta Estates, L=Guangzhou, C=CN");

    admin.createUser(
        ADA,
        new Administration.NewUser(
            "oscar", "Oscar Wu", org.id(), List.of("ORIGINATOR"), "oscar-secret-1"));
    assertThat(authentication.authenticate("oscar", "oscar-secret-1".toCharArray()))
        .get()
        .extracting(Actor::organisation)
        .isEqualTo("pearl-delta-estates");

    assertThat(authentication.isActive("oscar")).isTrue();
    admin.setActive(ADA, "oscar", false);
    assertThat(authentication.authenticate("oscar", "oscar-secret-1".toCharArray())).isEmpty();
    // a browser session signed in before is ended at its next step (AccessControl asks this)
    assertThat(authentication.isActive("oscar")).isFalse();
    assertThat(authentication.isActive("nobody")).isFalse();
    admin.setActive(ADA, "oscar", true);
    assertThat(authentication.authenticate("oscar", "oscar-secret-1".toCharArray())).isPresent();

    assertThat(admin.auditTrail(ADA))
        .extracting(Administration.AuditLine::action, Administration.AuditLine::subject)
        .containsExactly(
            tuple("USER_ENABLED", "oscar"),
            tuple("USER_DISABLED", "oscar"),
            tuple("USER_CREATED", "oscar"),
            tuple("ORGANISATION_CREATED", "pearl-delta-estates"));
    assertThat(admin.auditTrail(ADA)).allMatch(a -> a.actor().equals("ada"));
  }

  @Test
  void aResetPasswordReplacesTheOldOneAndIsAuditedWithoutThePassword() {
    OrganisationSummary org =
        admin.createOrganisation(
            ADA,
            new Administration.NewOrganisation(
                "Lotus Bay Realty", "ORIGINATOR", "O=Lotus Bay Realty, L=Zhuhai, C=CN"));
    admin.createUser(
        ADA,
        new Administration.NewUser(
            "lily", "Lily Ho", org.id(), List.of("ORIGINATOR"), "lily-secret-1"));

    assertThatThrownBy(() -> admin.resetPassword(ADA, "lily", "short"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> admin.resetPassword(OLIVIA, "lily", "lily-secret-2"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> admin.resetPassword(ADA, "nobody", "lily-secret-2"))
        .isInstanceOf(NotFoundException.class);
    assertThat(authentication.authenticate("lily", "lily-secret-1".toCharArray())).isPresent();

    admin.resetPassword(ADA, "lily", "lily-secret-2");

    assertThat(authentication.authenticate("lily", "lily-secret-1".toCharArray())).isEmpty();
    assertThat(authentication.authenticate("lily", "lily-secret-2".toCharArray())).isPresent();
    assertThat(admin.auditTrail(ADA).get(0))
        .extracting(Administration.AuditLine::action, Administration.AuditLine::subject)
        .containsExactly("PASSWORD_RESET", "lily");
    assertThat(admin.auditTrail(ADA))
        .noneMatch(a -> a.detail() != null && a.detail().contains("lily-secret"));
  }

  @Test
  void ledgerIdentityIsValidatedAndUnique() {
    assertThatThrownBy(
            () ->
                admin.createOrganisation(
                    ADA, new Administration.NewOrganisation("X", "ORIGINATOR", "not a name")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("X.500");
    assertThatThrownBy(
            () ->
                admin.createOrganisation(
                    ADA, new Administration.NewOrganisation("X", "ORIGINATOR", "O=X, C=CN")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("L (locality)");
    assertThatThrownBy(
            () ->
                admin.createOrganisation(
                    ADA, new Administration.NewOrganisation("X", "BANKER", "O=X, L=Y, C=China")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(2));
    admin.createOrganisation(
        ADA, new Administration.NewOrganisation("X", "TRUSTEE", "O=X, L=Y, C=CN"));
    assertThatThrownBy(
            () ->
                admin.createOrganisation(
                    ADA, new Administration.NewOrganisation("X2", "TRUSTEE", "C=CN,L=Y,O=X")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void usersAreValidatedAndUsernamesUnique() {
    users.add(new Organisation("o", "O", "O=O, L=L, C=CN", Organisation.Kind.TRUSTEE));
    assertThatThrownBy(
            () ->
                admin.createUser(
                    ADA,
                    new Administration.NewUser("A B", "", "nowhere", List.of("KING"), "short")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(5));
    admin.createUser(
        ADA, new Administration.NewUser("tess", "Tess", "o", List.of("TRUSTEE"), "long-enough-1"));
    assertThatThrownBy(
            () ->
                admin.createUser(
                    ADA,
                    new Administration.NewUser(
                        "tess", "Tess 2", "o", List.of("TRUSTEE"), "long-enough-1")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> admin.setActive(ADA, "nobody", false))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyAdministratorsAdminister() {
    assertThatThrownBy(
            () ->
                admin.createOrganisation(
                    OLIVIA, new Administration.NewOrganisation("X", "ORIGINATOR", "O=X,L=Y,C=CN")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> admin.setActive(OLIVIA, "ada", false))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> admin.auditTrail(OLIVIA)).isInstanceOf(AccessDeniedException.class);
    assertThat(audit.entries).isEmpty();
  }

  static final class Audit implements AdministrationRepository {
    final List<AdminAuditEntry> entries = new ArrayList<>();
    InvestorFakes.Users users;

    @Override
    public List<Organisation> organisations() {
      return List.of();
    }

    @Override
    public Optional<Organisation> findOrganisationByX500Name(String x500Name) {
      return users.organisations.values().stream()
          .filter(o -> o.x500Name().equals(x500Name))
          .findFirst();
    }

    @Override
    public void record(AdminAuditEntry entry) {
      entries.add(0, entry);
    }

    @Override
    public List<AdminAuditEntry> auditTrail(int limit) {
      return entries.stream().limit(limit).toList();
    }
  }
}
