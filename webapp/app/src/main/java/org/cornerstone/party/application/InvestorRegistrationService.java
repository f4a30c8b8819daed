package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorRepository;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.PasswordPolicy;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * Public self-registration of investors: creates the account (role investor, in an organisation of
 * its own, which is the investor's identity on the ledger), the investor profile and starts the
 * {@code investor-onboarding} process, all in one transaction.
 */
@ApplicationScoped
public class InvestorRegistrationService {
  public static final String REQUIRED = "%s is required.";
  public static final String TOO_LONG = "%s is longer than %d characters.";
  public static final String USERNAME_FORMAT =
      "Username must be 3 to 32 characters: lowercase letters, digits, '.', '_' or '-', starting"
          + " with a letter.";
  public static final String USERNAME_TAKEN =
      "The username %s is already taken. Choose another one.";
  public static final String PASSWORD_TOO_SHORT = PasswordPolicy.TOO_SHORT;
  public static final String PASSWORD_TOO_LONG = PasswordPolicy.TOO_LONG;
  public static final String PASSWORD_IS_USERNAME = PasswordPolicy.IS_USERNAME;
  public static final String PASSWORD_TOO_COMMON = PasswordPolicy.TOO_COMMON;

  static final int MAX_NAME = 200;
  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

  /** Locality and country of an investor's ledger identity until onboarding declares them. */
  static final String UNDECLARED_LOCALITY = "Unspecified";

  static final String UNDECLARED_COUNTRY = "ZZ";

  /** Corda's limit: an X.500 organisation (O) has fewer than 128 characters. */
  static final int MAX_X500_ORGANISATION = 127;

  @Inject UserRepository users;
  @Inject InvestorRepository investors;
  @Inject InvestorOnboardingProcess process;
  @Inject Clock clock;

  /**
   * Registers an investor. Every problem with the input is reported at once; a taken username is a
   * conflict. Repeating the same registration (double submit, retried request: same username,
   * password and legal name) returns the account created the first time.
   */
  @Transactional
  public InvestorRegistration register(
      String username, String displayName, char[] password, String legalName) {
    List<String> problems = new ArrayList<>();
    String user = username(username, problems);
    String name = text(displayName, "Display name", problems);
    String legal = text(legalName, "Legal name", problems);
    password(password, user, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }

    investors.lockUsername(user);
    Optional<UserAccount> existing = users.find(user);
    if (existing.isPresent()) {
      return repeated(existing.get(), password, legal)
          .orElseThrow(() -> new ConflictException(String.format(USERNAME_TAKEN, user)));
    }

    Instant now = clock.instant();
    String investorId = InvestorProfile.idFor(investors.nextInvestorNumber());
    Organisation organisation =
        new Organisation(
            investorId.toLowerCase(Locale.ROOT),
            legal,
            x500Name(investorId, legal),
            Organisation.Kind.INVESTOR);
    users.add(organisation);
    UserAccount account =
        new UserAccount(
            user, name, PasswordHash.hash(password), organisation, Set.of(Role.INVESTOR));
    users.add(account);
    InvestorProfile profile = new InvestorProfile(investorId, user, legal, now);
    investors.add(profile);
    profile.processStarted(process.start(investorId, user));
    return registration(account, profile);
  }

  /** The earlier registration, when this one repeats it exactly. */
  private Optional<InvestorRegistration> repeated(
      UserAccount account, char[] password, String legalName) {
    return investors
        .findByUsername(account.username())
        .filter(p -> p.legalName().equals(legalName))
        .filter(p -> account.roles().equals(Set.of(Role.INVESTOR)))
        .filter(p -> account.passwordMatches(password))
        .map(p -> registration(account, p));
  }

  private static InvestorRegistration registration(UserAccount account, InvestorProfile profile) {
    return new InvestorRegistration(
        profile.id(),
        account.username(),
        account.displayName(),
        profile.legalName(),
        profile.status().name(),
        account.toActor());
  }

  /**
   * The investor's X.500 name on the ledger: unique by the investor id; the legal name without the
   * characters X.500 would treat as syntax. Locality and country stay "unspecified" ({@code ZZ})
   * until they are declared.
   */
  static String x500Name(String investorId, String legalName) {
    String organisation =
        legalName.replaceAll("[,+=\"\\\\<>;#\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    if (organisation.length() > MAX_X500_ORGANISATION) {
      organisation = organisation.substring(0, MAX_X500_ORGANISATION).strip();
    }
    if (organisation.isEmpty()) {
      organisation = investorId;
    }
    return "CN="
        + investorId
        + ", O="
        + organisation
        + ", L="
        + UNDECLARED_LOCALITY
        + ", C="
        + UNDECLARED_COUNTRY;
  }

  private static String username(String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(String.format(REQUIRED, "Username"));
      return null;
    }
    String trimmed = value.strip();
    if (!USERNAME.matcher(trimmed).matches()) {
      problems.add(USERNAME_FORMAT);
    }
    return trimmed;
  }

  /** The password policy of self-registration (length, not the username, not a common one). */
  private static void password(char[] password, String username, List<String> problems) {
    problems.addAll(PasswordPolicy.problems(password, username));
  }

  private static String text(String value, String field, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(String.format(REQUIRED, field));
      return null;
    }
    String trimmed = value.strip().replaceAll("\\s+", " ");
    if (trimmed.length() > MAX_NAME) {
      problems.add(String.format(TOO_LONG, field, MAX_NAME));
    }
    return trimmed;
  }
}
