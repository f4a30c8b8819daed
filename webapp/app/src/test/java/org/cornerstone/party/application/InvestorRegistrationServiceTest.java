package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorStatus;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvestorRegistrationServiceTest {
  private final InvestorRegistrationService service = new InvestorRegistrationService();
  private final InvestorFakes.Investors investors = new InvestorFakes.Investors();
  private final InvestorFakes.Users users = new InvestorFakes.Users();
  private final InvestorFakes.Process process = new InvestorFakes.Process();

  @BeforeEach
  void wire() {
    service.users = users;
    service.investors = investors;
    service.process = process;
    service.clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    investors.number = 6;
  }

  private InvestorRegistration register(String username, String password) {
    return service.register(username, "Nina Newcomer", password.toCharArray(), "Nina Newcomer Ltd");
  }

  @Test
  void createsAccountOrganisationProfileAndStartsOnboarding() {
    InvestorRegistration registration = register("nina", "correct horse battery");

    assertThat(registration.investorId()).isEqualTo("INV-000007");
    assertThat(registration.status()).isEqualTo("REGISTERED");
    assertThat(registration.actor().userId()).isEqualTo("nina");
    assertThat(registration.actor().roles()).containsExactly(Role.INVESTOR);

    UserAccount account = users.find("nina").orElseThrow();
    assertThat(account.passwordMatches("correct horse battery".toCharArray())).isTrue();
    assertThat(account.roles()).containsExactly(Role.INVESTOR);
    Organisation organisation = account.organisation();
    assertThat(organisation.kind()).isEqualTo(Organisation.Kind.INVESTOR);
    assertThat(organisation.id()).isEqualTo("inv-000007");
    assertThat(organisation.name()).isEqualTo("Nina Newcomer Ltd");
    assertThat(MemberX500Name.parse(organisation.x500Name()).getOrganization())
        .isEqualTo("Nina Newcomer Ltd");

    InvestorProfile profile = investors.find("INV-000007").orElseThrow();
    assertThat(profile.username()).isEqualTo("nina");
    assertThat(profile.status()).isEqualTo(InvestorStatus.REGISTERED);
    assertThat(profile.processInstanceId()).contains("process-INV-000007");
    assertThat(process.started).containsExactly("INV-000007/nina");
    assertThat(investors.lockedUsernames).containsExactly("nina");
  }

  @Test
  void reportsEveryProblemAtOnceAndCreatesNothing() {
    assertThatThrownBy(() -> service.register(" ", null, "short".toCharArray(), ""))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Username is required.",
                        "Display name is required.",
                        "Legal name is required.",
                        InvestorRegistrationService.PASSWORD_TOO_SHORT));
    assertThat(users.users).isEmpty();
    assertThat(investors.profiles).isEmpty();
    assertThat(process.started).isEmpty();
  }

  @Test
  void refusesUsernamesOutsideThePattern() {
    for (String bad :
        new String[] {"Nina", "ni", "9nina", "nina smith", "nina@example.com", "n".repeat(33)}) {
      assertProblem(
          () -> register(bad, "correct horse battery"),
          InvestorRegistrationService.USERNAME_FORMAT);
    }
    assertThat(register("nina.o_k-2", "correct horse battery").username()).isEqualTo("nina.o_k-2");
  }

  @Test
  void refusesWeakOrOddPasswords() {
    assertProblem(
        () -> register("nina", "123456789"), InvestorRegistrationService.PASSWORD_TOO_SHORT);
    assertProblem(
        () -> register("nina", "x".repeat(201)), InvestorRegistrationService.PASSWORD_TOO_LONG);
    assertProblem(
        () -> register("ninanewcomer", "NinaNewcomer"),
        InvestorRegistrationService.PASSWORD_IS_USERNAME);
    assertProblem(
        () -> service.register("nina", "Nina", null, "Nina Ltd"), "Password is required.");
  }

  @Test
  void refusesMissingAndOverlongNames() {
    assertProblem(
        () -> service.register("nina", "  ", "correct horse".toCharArray(), "Nina Ltd"),
        "Display name is required.");
    assertProblem(
        () -> service.register("nina", "N".repeat(201), "correct horse".toCharArray(), "Nina Ltd"),
        "Display name is longer than 200 characters.");
    assertProblem(
        () -> service.register("nina", "Nina", "correct horse".toCharArray(), null),
        "Legal name is required.");
    assertProblem(
        () -> service.register("nina", "Nina", "correct horse".toCharArray(), "L".repeat(201)),
        "Legal name is longer than 200 characters.");
  }

  @Test
  void aTakenUsernameIsAConflict() {
    Organisation ivy =
        new Organisation(
            "ivy", "Ivy", "CN=Ivy, O=Ivy, L=Hong Kong, C=HK", Organisation.Kind.INVESTOR);
    users.add(ivy);
    users.add(
        new UserAccount(
            "ivan",
            "Ivan",
            PasswordHash.hash("ivan-demo".toCharArray(), 1000),
            ivy,
            Set.of(Role.INVESTOR)));

    assertThatThrownBy(() -> register("ivan", "correct horse battery"))
        .isInstanceOf(ConflictException.class)
        .hasMessage(String.format(InvestorRegistrationService.USERNAME_TAKEN, "ivan"));
    assertThat(investors.profiles).isEmpty();
    assertThat(process.started).isEmpty();
  }

  @Test
  void aDoubleSubmitCreatesOneAccount() {
    InvestorRegistration first = register("nina", "correct horse battery");
    InvestorRegistration again = register("nina", "correct horse battery");

    assertThat(again.investorId()).isEqualTo(first.investorId());
    assertThat(users.users).hasSize(1);
    assertThat(investors.profiles).hasSize(1);
    assertThat(process.started).hasSize(1);
    assertThatThrownBy(() -> register("nina", "another password"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theLedgerNameIsValidWhateverTheLegalName() {
    String x500 =
        InvestorRegistrationService.x500Name(
            "INV-000042", "Smith, Jones + Partners <\"Holdings\"> = #1; 史密斯");
    MemberX500Name name = MemberX500Name.parse(x500);
    assertThat(name.getCommonName()).isEqualTo("INV-000042");
    assertThat(name.getOrganization()).isEqualTo("Smith Jones Partners Holdings 1 史密斯");
    assertThat(name.getCountry()).isEqualTo("ZZ");
    assertThat(MemberX500Name.parse(InvestorRegistrationService.x500Name("INV-1", "L".repeat(200))))
        .isNotNull();
    assertThat(InvestorRegistrationService.x500Name("INV-1", ",,,")).contains("O=INV-1");
  }

  private static void assertProblem(Runnable action, String problem) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).contains(problem));
  }
}
