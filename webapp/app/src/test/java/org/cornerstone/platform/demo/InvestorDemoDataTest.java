package org.cornerstone.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.party.application.InvestorFakes;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorStatus;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.documents.DocumentInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvestorDemoDataTest {
  private final DemoInvestors demo = new DemoInvestors();
  private final InvestorFakes.Investors investors = new InvestorFakes.Investors();
  private final InvestorFakes.Users users = new InvestorFakes.Users();

  @BeforeEach
  void demoUsers() {
    demo.users = users;
    demo.investors = investors;
    demo.clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    for (Organisation o : DemoData.ORGANISATIONS) {
      users.add(new Organisation(o.id(), o.name(), o.x500Name(), o.kind()));
    }
    users.add(
        new UserAccount(
            "ivan",
            "Ivan Investor",
            PasswordHash.hash("ivan-demo".toCharArray(), 1000),
            users.findOrganisation("ivy-capital").orElseThrow(),
            Set.of(Role.INVESTOR)));
  }

  @Test
  void ivanIsEligibleAndIrisHasJustRegistered() {
    assertThat(demo.seed()).isEqualTo(1);

    InvestorProfile ivan = investors.findByUsername("ivan").orElseThrow();
    assertThat(ivan.status()).isEqualTo(InvestorStatus.ELIGIBLE);
    assertThat(ivan.legalName()).isEqualTo("Ivy Capital Management");
    assertThat(ivan.country()).contains("HK");
    assertThat(investors.findEligibilityByUsername("ivan"))
        .hasValueSatisfying(
            e -> assertThat(e.registrarOrganisation()).contains("cornerstone-operator"));
    assertThat(new DocumentInspector().detect(ivan.documents().get(0).content()))
        .isEqualTo("application/pdf");

    UserAccount iris = users.find("iris").orElseThrow();
    assertThat(iris.passwordMatches("iris-demo".toCharArray())).isTrue();
    assertThat(iris.roles()).containsExactly(Role.INVESTOR);
    assertThat(iris.organisation().kind()).isEqualTo(Organisation.Kind.INVESTOR);
    assertThat(MemberX500Name.parse(iris.organisation().x500Name())).isNotNull();
    InvestorProfile profile = investors.findByUsername("iris").orElseThrow();
    assertThat(profile.status()).isEqualTo(InvestorStatus.REGISTERED);
    assertThat(profile.processInstanceId()).isEmpty();
  }

  @Test
  void seedingTwiceChangesNothing() {
    demo.seed();
    assertThat(demo.seed()).isZero();
    assertThat(investors.profiles).hasSize(2);
    assertThat(investors.eligibility).hasSize(1);
  }
}
