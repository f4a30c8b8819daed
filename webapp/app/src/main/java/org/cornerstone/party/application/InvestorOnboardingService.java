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
import java.util.UUID;
import org.cornerstone.party.domain.IdentityDocument;
import org.cornerstone.party.domain.InvestorCategory;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorRepository;
import org.cornerstone.party.domain.InvestorStatus;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentInspector;
import org.cornerstone.shared.documents.Fingerprint;

/**
 * The signed-in investor's side of onboarding: their profile and where it stands, and the
 * submission of identity documents with country and category.
 *
 * <p>The profile's status follows the process: it is brought up to date whenever the profile is
 * read here or in {@link InvestorQueries#details}, and by {@link #refreshStatus} (e.g. after a
 * compliance officer claimed or decided the review).
 *
 * <p>A profile registered without a running process (the seeded demo investor {@code iris}) gets
 * its process started the first time the investor opens it.
 */
@ApplicationScoped
public class InvestorOnboardingService {
  public static final String ONLY_INVESTORS = "Only investors have an investor profile.";
  public static final String NO_PROFILE =
      "You have no investor profile yet. Register as an investor first.";
  public static final String COUNTRY_REQUIRED = "Country is required.";
  public static final String BAD_COUNTRY =
      "Country must be an ISO 3166-1 alpha-2 code such as HK, SG or CN.";
  public static final String CATEGORY_REQUIRED = "Investor category is required.";
  public static final String BAD_CATEGORY =
      "Investor category must be RETAIL, QUALIFIED or INSTITUTIONAL.";
  public static final String NO_DOCUMENTS =
      "Upload at least one identity document (passport, national identity card, proof of address"
          + " or company registration), as PDF, PNG or JPEG.";
  public static final String TOO_MANY_DOCUMENTS = "Upload at most 10 documents at a time.";
  public static final String TOO_MANY_DOCUMENTS_IN_TOTAL =
      "A profile can hold at most 30 documents.";
  public static final String DOCUMENT_TYPE_REQUIRED = "Choose the document type of %s.";
  public static final String NOT_WAITING =
      "Your profile was already submitted and is with compliance (status: %s).";
  public static final String ALREADY_ENDED = "Onboarding has already ended (status: %s).";
  public static final String NOT_YOUR_TASK =
      "This onboarding task belongs to another user; it cannot be completed by you.";

  static final int MAX_DOCUMENTS_PER_SUBMISSION = 10;
  static final int MAX_DOCUMENTS = 30;
  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Inject InvestorRepository investors;
  @Inject UserRepository parties;
  @Inject InvestorOnboardingProcess process;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject Clock clock;

  /** The investor's own profile, status brought up to date; empty when they have none. */
  @Transactional
  public Optional<InvestorProfileView> myProfile(Actor actor) {
    requireInvestor(actor);
    return investors
        .findByUsername(actor.userId())
        .map(
            profile -> {
              ensureProcess(profile);
              InvestorViews.sync(profile, process, clock.instant());
              return view(profile);
            });
  }

  /**
   * Stores the identity documents and hands the profile to compliance: completes the investor's
   * profile task with country and category. Checks everything before the process is touched;
   * reports every problem at once. A second submission of the same profile (double click) waits for
   * the first and is then refused as a conflict.
   *
   * @param country ISO 3166-1 alpha-2 code, e.g. {@code HK} (case and spaces are forgiven)
   * @param category {@code RETAIL}, {@code QUALIFIED} or {@code INSTITUTIONAL}
   */
  @Transactional
  public InvestorProfileView submitProfile(
      Actor actor, String country, String category, List<UploadedDocument> documents) {
    requireInvestor(actor);
    InvestorProfile profile =
        investors
            .findByUsernameForUpdate(actor.userId())
            .orElseThrow(() -> new NotFoundException(NO_PROFILE));
    Instant now = clock.instant();
    ensureProcess(profile);
    InvestorViews.sync(profile, process, now);
    InvestorOnboardingProcess.ProfileTask task =
        process
            .openProfileTask(profile.id())
            .orElseThrow(
                () ->
                    new ConflictException(
                        String.format(
                            profile.status().isFinal() ? ALREADY_ENDED : NOT_WAITING,
                            profile.status().label())));
    if (!actor.userId().equals(task.assignee())) {
      throw new AccessDeniedException(NOT_YOUR_TASK);
    }

    List<String> problems = new ArrayList<>();
    String code = country(country, problems);
    InvestorCategory declared = category(category, problems);
    List<UploadedDocument> uploads = documents == null ? List.of() : documents;
    if (uploads.size() > MAX_DOCUMENTS_PER_SUBMISSION) {
      problems.add(TOO_MANY_DOCUMENTS);
    } else if (uploads.size() + profile.documents().size() > MAX_DOCUMENTS) {
      problems.add(TOO_MANY_DOCUMENTS_IN_TOTAL);
    }
    if (uploads.isEmpty() && profile.documents().isEmpty()) {
      problems.add(NO_DOCUMENTS);
    }
    for (UploadedDocument upload : uploads) {
      problems.addAll(inspector.problems(upload, settings.maxUploadBytes()));
      if (upload.type() == null) {
        problems.add(
            String.format(
                DOCUMENT_TYPE_REQUIRED, DocumentInspector.displayName(upload.fileName())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }

    for (UploadedDocument upload : uploads) {
      profile.attach(
          new IdentityDocument(
              UUID.randomUUID().toString(),
              profile,
              upload.type(),
              DocumentInspector.displayName(upload.fileName()),
              inspector.detect(upload),
              upload.content(),
              upload.sha256(),
              now));
    }
    profile.submitProfile(code, declared, now);
    process.submitProfile(task.taskId(), code, InvestorViews.toProcess(declared));
    InvestorViews.sync(profile, process, now);
    return view(profile);
  }

  /**
   * Brings the investor's status in step with the process, e.g. after compliance claimed, released
   * or decided the review. Harmless to call at any time; unknown ids are ignored.
   */
  @Transactional
  public void refreshStatus(String investorId) {
    investors.find(investorId).ifPresent(p -> InvestorViews.sync(p, process, clock.instant()));
  }

  private void ensureProcess(InvestorProfile profile) {
    if (profile.status() == InvestorStatus.REGISTERED && profile.processInstanceId().isEmpty()) {
      profile.processStarted(process.start(profile.id(), profile.username()));
    }
  }

  private InvestorProfileView view(InvestorProfile profile) {
    InvestorProfileView.OpenTask open =
        profile.status().isFinal()
            ? null
            : process
                .openProfileTask(profile.id())
                .map(
                    t ->
                        new InvestorProfileView.OpenTask(
                            t.taskId(), t.created(), blankToNull(t.reworkComment())))
                .orElse(null);
    return new InvestorProfileView(
        InvestorViews.details(profile, investors.findEligibility(profile.id()), parties), open);
  }

  private static void requireInvestor(Actor actor) {
    if (!actor.has(Role.INVESTOR)) {
      throw new AccessDeniedException(ONLY_INVESTORS);
    }
  }

  static String country(String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(COUNTRY_REQUIRED);
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      problems.add(BAD_COUNTRY);
      return null;
    }
    return code;
  }

  static InvestorCategory category(String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(CATEGORY_REQUIRED);
      return null;
    }
    try {
      return InvestorCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(BAD_CATEGORY);
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  static String sha256(byte[] content) {
    return Fingerprint.sha256(content);
  }
}
