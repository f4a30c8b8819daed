package org.cornerstone.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.Role;

/**
 * The demo organisations and one user per role, created on first start (see the README for the
 * passwords). Existing users are never touched.
 */
@ApplicationScoped
public class DemoData {
  /** A demo user: username, password, name, organisation id, roles. */
  public record DemoUser(
      String username,
      String password,
      String displayName,
      String organisationId,
      Set<Role> roles) {}

  public static final List<Organisation> ORGANISATIONS =
      List.of(
          new Organisation(
              "harbour-realty",
              "Harbour Realty Ltd",
              "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN",
              Organisation.Kind.ORIGINATOR),
          new Organisation(
              "cornerstone-trust",
              "Cornerstone Trust Co",
              "CN=Cornerstone Trust Co, O=Cornerstone Trust Co, L=Shanghai, C=CN",
              Organisation.Kind.TRUSTEE),
          new Organisation(
              "ivy-capital",
              "Ivy Capital Management",
              "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK",
              Organisation.Kind.INVESTOR),
          new Organisation(
              "jade-harbour",
              "Jade Harbour Securities",
              "CN=Jade Harbour Securities, O=Jade Harbour Securities, L=Singapore, C=SG",
              Organisation.Kind.INVESTOR),
          new Organisation(
              "cornerstone-operator",
              "Cornerstone Registrar",
              "CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN",
              Organisation.Kind.OPERATOR),
          new Organisation(
              "pearl-river-bank",
              "Pearl River Bank",
              "CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN",
              Organisation.Kind.SETTLEMENT_BANK),
          // supply-chain finance (issue 22): a core enterprise, two tiers of its suppliers, a bank
          new Organisation(
              "daqing-petrochem",
              "Daqing Petrochemical Group",
              "CN=Daqing Petrochemical Group, O=Daqing Petrochemical Group, L=Daqing, C=CN",
              Organisation.Kind.CORE_ENTERPRISE),
          new Organisation(
              "songhua-valves",
              "Songhua Valve Works",
              "CN=Songhua Valve Works, O=Songhua Valve Works, L=Harbin, C=CN",
              Organisation.Kind.SUPPLIER),
          new Organisation(
              "northstar-seals",
              "Northstar Seals Co",
              "CN=Northstar Seals Co, O=Northstar Seals Co, L=Qiqihar, C=CN",
              Organisation.Kind.SUPPLIER),
          new Organisation(
              "longjiang-bank",
              "Longjiang Bank",
              "CN=Longjiang Bank, O=Longjiang Bank, L=Harbin, C=CN",
              Organisation.Kind.FINANCIER),
          // cross-border PvP (issue 22, part 6): a second settlement bank, issuing USD cash tokens.
          // Its id sorts after pearl-river-bank, so UserDirectory.settlementBank() (the first
          // settlement bank by id: the one the cash deposit process uses) stays Pearl River.
          new Organisation(
              "victoria-harbour-bank",
              "Victoria Harbour Bank",
              "CN=Victoria Harbour Bank, O=Victoria Harbour Bank, L=Hong Kong, C=HK",
              Organisation.Kind.SETTLEMENT_BANK));

  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser(
              "olivia",
              "olivia-demo",
              "Olivia Originator",
              "harbour-realty",
              Set.of(Role.ORIGINATOR)),
          new DemoUser("tom", "tom-demo", "Tom Trustee", "cornerstone-trust", Set.of(Role.TRUSTEE)),
          new DemoUser(
              "tina", "tina-demo", "Tina Trustee", "cornerstone-trust", Set.of(Role.TRUSTEE)),
          new DemoUser(
              "sam",
              "sam-demo",
              "Sam Senior Trustee",
              "cornerstone-trust",
              Set.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE)),
          new DemoUser(
              "carl", "carl-demo", "Carl Compliance", "cornerstone-trust", Set.of(Role.COMPLIANCE)),
          new DemoUser("lena", "lena-demo", "Lena Legal", "cornerstone-trust", Set.of(Role.LEGAL)),
          new DemoUser(
              "victor", "victor-demo", "Victor Valuer", "cornerstone-trust", Set.of(Role.VALUER)),
          new DemoUser("ivan", "ivan-demo", "Ivan Investor", "ivy-capital", Set.of(Role.INVESTOR)),
          new DemoUser("jade", "jade-demo", "Jade Investor", "jade-harbour", Set.of(Role.INVESTOR)),
          new DemoUser(
              "rita",
              "rita-demo",
              "Rita Registrar",
              "cornerstone-operator",
              Set.of(Role.REGISTRAR)),
          new DemoUser(
              "bella",
              "bella-demo",
              "Bella Banker",
              "pearl-river-bank",
              Set.of(Role.SETTLEMENT_BANK)),
          new DemoUser("ada", "ada-demo", "Ada Admin", "cornerstone-operator", Set.of(Role.ADMIN)),
          new DemoUser(
              "audrey",
              "audrey-demo",
              "Audrey Auditor",
              "cornerstone-operator",
              Set.of(Role.AUDITOR)),
          new DemoUser(
              "silas", "silas-demo", "Silas Servicer", "harbour-realty", Set.of(Role.SERVICER)),
          new DemoUser(
              "derek", "derek-demo", "Derek Debtor", "daqing-petrochem", Set.of(Role.DEBTOR)),
          new DemoUser(
              "suki", "suki-demo", "Suki Supplier", "songhua-valves", Set.of(Role.SUPPLIER)),
          new DemoUser(
              "nico", "nico-demo", "Nico Supplier", "northstar-seals", Set.of(Role.SUPPLIER)),
          new DemoUser(
              "fiona", "fiona-demo", "Fiona Financier", "longjiang-bank", Set.of(Role.FINANCIER)),
          new DemoUser(
              "hugo",
              "hugo-demo",
              "Hugo Harbour Banker",
              "victoria-harbour-bank",
              Set.of(Role.SETTLEMENT_BANK)),
          // securitization (issue 14): the arranger who structures deals
          new DemoUser(
              "arthur",
              "arthur-demo",
              "Arthur Arranger",
              "cornerstone-trust",
              Set.of(Role.STRUCTURER)));

  @Inject UserRepository users;
  @Inject DemoInvestors investors;

  @Transactional
  public int seed() {
    for (Organisation organisation : ORGANISATIONS) {
      if (users.findOrganisation(organisation.id()).isEmpty()) {
        users.add(
            new Organisation(
                organisation.id(),
                organisation.name(),
                organisation.x500Name(),
                organisation.kind()));
      }
    }
    int created = 0;
    for (DemoUser demo : USERS) {
      if (users.find(demo.username()).isEmpty()) {
        users.add(
            new UserAccount(
                demo.username(),
                demo.displayName(),
                PasswordHash.hash(demo.password().toCharArray()),
                users.findOrganisation(demo.organisationId()).orElseThrow(),
                demo.roles()));
        created++;
      }
    }
    // Investors: ivan eligible, iris just registered (see DemoInvestors).
    return created + investors.seed();
  }
}
