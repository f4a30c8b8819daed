package org.cornerstone.party.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.party.domain.IdentityDocument;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorRepository;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.platform.demo.DemoInvestors;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.workflows.investor.InvestorCategory;

/** In-memory stand-ins for the repositories and the process, for the investor service tests. */
public final class InvestorFakes {
  private InvestorFakes() {}

  public static final byte[] PDF = DemoInvestors.demoPdf("test document");

  public static final class Investors implements InvestorRepository {
    public final Map<String, InvestorProfile> profiles = new LinkedHashMap<>();
    public final Map<String, InvestorEligibility> eligibility = new LinkedHashMap<>();
    final List<String> lockedUsernames = new ArrayList<>();
    long number;

    @Override
    public Optional<InvestorProfile> find(String investorId) {
      return Optional.ofNullable(profiles.get(investorId));
    }

    @Override
    public Optional<InvestorProfile> findByUsername(String username) {
      return profiles.values().stream().filter(p -> p.username().equals(username)).findFirst();
    }

    @Override
    public Optional<InvestorProfile> findByUsernameForUpdate(String username) {
      return findByUsername(username);
    }

    @Override
    public Optional<InvestorProfile> findForUpdate(String investorId) {
      return find(investorId);
    }

    @Override
    public Optional<IdentityDocument> findDocument(String investorId, String documentId) {
      return find(investorId).stream()
          .flatMap(p -> p.documents().stream())
          .filter(d -> d.id().equals(documentId))
          .findFirst();
    }

    @Override
    public Optional<InvestorEligibility> findEligibility(String investorId) {
      return Optional.ofNullable(eligibility.get(investorId));
    }

    @Override
    public Optional<InvestorEligibility> findEligibilityByUsername(String username) {
      return eligibility.values().stream().filter(e -> e.username().equals(username)).findFirst();
    }

    @Override
    public java.util.List<InvestorEligibility> findEligibilityByLedgerIdentity(String x500Name) {
      return java.util.List.of();
    }

    @Override
    public java.util.List<InvestorEligibility> findAllEligibilities() {
      return java.util.List.copyOf(eligibility.values());
    }

    @Override
    public long nextInvestorNumber() {
      return ++number;
    }

    @Override
    public void lockUsername(String username) {
      lockedUsernames.add(username);
    }

    @Override
    public void add(InvestorProfile profile) {
      profiles.put(profile.id(), profile);
    }

    @Override
    public void add(InvestorEligibility record) {
      if (eligibility.containsKey(record.investorId())) {
        throw new IllegalStateException("duplicate eligibility for " + record.investorId());
      }
      eligibility.put(record.investorId(), record);
    }
  }

  public static final class Users implements UserRepository {
    final Map<String, UserAccount> users = new LinkedHashMap<>();
    final Map<String, Organisation> organisations = new LinkedHashMap<>();

    @Override
    public Optional<UserAccount> find(String username) {
      return Optional.ofNullable(users.get(username));
    }

    @Override
    public List<UserAccount> findAll() {
      return List.copyOf(users.values());
    }

    @Override
    public Optional<Organisation> findOrganisation(String id) {
      return Optional.ofNullable(organisations.get(id));
    }

    @Override
    public Optional<Organisation> findOrganisationOfKind(Organisation.Kind kind) {
      return organisations.values().stream().filter(o -> o.kind() == kind).findFirst();
    }

    @Override
    public java.util.List<Organisation> findOrganisationsOfKind(Organisation.Kind kind) {
      return organisations.values().stream()
          .filter(o -> o.kind() == kind)
          .sorted(java.util.Comparator.comparing(Organisation::id))
          .toList();
    }

    @Override
    public void add(Organisation organisation) {
      organisations.put(organisation.id(), organisation);
    }

    @Override
    public void add(UserAccount user) {
      users.put(user.username(), user);
    }
  }

  /** The process: one open task per investor at most, as the model has it. */
  public static final class Process implements InvestorOnboardingProcess {
    final Map<String, ProfileTask> profileTasks = new HashMap<>();
    final Map<String, ComplianceReview> reviews = new HashMap<>();
    final List<String> started = new ArrayList<>();
    final List<String> submitted = new ArrayList<>();
    private int ids;

    @Override
    public String start(String investorId, String investorUser) {
      started.add(investorId + "/" + investorUser);
      profileTasks.put(
          investorId,
          new ProfileTask(
              "task-" + ++ids, investorUser, Instant.parse("2026-11-23T08:00:00Z"), null));
      return "process-" + investorId;
    }

    @Override
    public Optional<ProfileTask> openProfileTask(String investorId) {
      return Optional.ofNullable(profileTasks.get(investorId));
    }

    @Override
    public Optional<ComplianceReview> openComplianceReview(String investorId) {
      return Optional.ofNullable(reviews.get(investorId));
    }

    @Override
    public void submitProfile(String taskId, String country, InvestorCategory category) {
      String investorId =
          profileTasks.entrySet().stream()
              .filter(e -> e.getValue().taskId().equals(taskId))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow(() -> new ConflictException("task gone"));
      profileTasks.remove(investorId);
      reviews.put(investorId, new ComplianceReview("review-" + ++ids, null, null, null));
      submitted.add(investorId + ":" + country + "/" + category);
    }

    /** Compliance sends the profile back: the profile task is open again, with the comment. */
    void sendBack(String investorId, String investorUser, String comment) {
      reviews.remove(investorId);
      profileTasks.put(
          investorId,
          new ProfileTask(
              "task-" + ++ids, investorUser, Instant.parse("2026-11-24T08:00:00Z"), comment));
    }

    void claim(String investorId, String reviewer) {
      ComplianceReview review = reviews.get(investorId);
      reviews.put(
          investorId,
          new ComplianceReview(review.taskId(), reviewer, review.created(), review.due()));
    }

    /** Compliance approved or rejected: the process has no open task any more. */
    void decided(String investorId) {
      reviews.remove(investorId);
      profileTasks.remove(investorId);
    }
  }
}
