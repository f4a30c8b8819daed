package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorStatus;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvestorOnboardingServiceTest {
  static final Actor NINA = new Actor("nina", "Nina", "inv-000001", Set.of(Role.INVESTOR));
  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private final InvestorOnboardingService service = new InvestorOnboardingService();
  private final InvestorFakes.Investors investors = new InvestorFakes.Investors();
  private final InvestorFakes.Process process = new InvestorFakes.Process();
  private InvestorProfile nina;

  @BeforeEach
  void wire() {
    service.investors = investors;
    service.parties = new InvestorFakes.Users();
    service.process = process;
    service.inspector = new DocumentInspector();
    service.settings =
        new Settings() {
          @Override
          public long maxUploadBytes() {
            return 4096;
          }
        };
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    nina = new InvestorProfile("INV-000001", "nina", "Nina Newcomer", NOW);
    investors.add(nina);
    nina.processStarted(process.start("INV-000001", "nina"));
  }

  private static List<UploadedDocument> passport() {
    return List.of(
        new UploadedDocument(
            "C:\\scans\\passport.pdf", IdentityDocumentType.PASSPORT, InvestorFakes.PDF));
  }

  @Test
  void storesTheDocumentsAndHandsTheProfileToCompliance() {
    InvestorProfileView view = service.submitProfile(NINA, " sg ", "qualified", passport());

    assertThat(process.submitted).containsExactly("INV-000001:SG/QUALIFIED");
    assertThat(nina.status()).isEqualTo(InvestorStatus.PROFILE_SUBMITTED);
    assertThat(nina.country()).contains("SG");
    assertThat(view.canSubmit()).isFalse();
    assertThat(view.details().summary().status()).isEqualTo("PROFILE_SUBMITTED");
    assertThat(view.details().summary().submittedAt()).isEqualTo(NOW);
    InvestorDetails.DocumentInfo document = view.details().documents().get(0);
    assertThat(document.type()).isEqualTo("PASSPORT");
    assertThat(document.fileName()).isEqualTo("passport.pdf");
    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.sizeBytes()).isEqualTo(InvestorFakes.PDF.length);
    assertThat(document.sha256()).isEqualTo(InvestorOnboardingService.sha256(InvestorFakes.PDF));
  }

  @Test
  void needsAtLeastOneIdentityDocument() {
    assertProblems(
        () -> service.submitProfile(NINA, "HK", "RETAIL", List.of()),
        InvestorOnboardingService.NO_DOCUMENTS);
    assertProblems(
        () -> service.submitProfile(NINA, "HK", "RETAIL", null),
        InvestorOnboardingService.NO_DOCUMENTS);
  }

  @Test
  void refusesAnUnknownOrMissingCountryBeforeTouchingTheProcess() {
    assertProblems(
        () -> service.submitProfile(NINA, "Hong Kong", "RETAIL", passport()),
        InvestorOnboardingService.BAD_COUNTRY);
    assertProblems(
        () -> service.submitProfile(NINA, "XX", "RETAIL", passport()),
        InvestorOnboardingService.BAD_COUNTRY);
    assertProblems(
        () -> service.submitProfile(NINA, " ", "RETAIL", passport()),
        InvestorOnboardingService.COUNTRY_REQUIRED);
  }

  @Test
  void refusesAnUnknownOrMissingCategoryBeforeTouchingTheProcess() {
    assertProblems(
        () -> service.submitProfile(NINA, "HK", "PROFESSIONAL", passport()),
        InvestorOnboardingService.BAD_CATEGORY);
    assertProblems(
        () -> service.submitProfile(NINA, "HK", null, passport()),
        InvestorOnboardingService.CATEGORY_REQUIRED);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertProblems(
        () -> service.submitProfile(NINA, "Atlantis", "VIP", List.of()),
        InvestorOnboardingService.BAD_COUNTRY,
        InvestorOnboardingService.BAD_CATEGORY,
        InvestorOnboardingService.NO_DOCUMENTS);
  }

  @Test
  void refusesOversizedEmptyUnsupportedAndUntypedFiles() {
    byte[] big = Arrays.copyOf(InvestorFakes.PDF, 5000);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertProblems(
        () ->
            service.submitProfile(
                NINA,
                "HK",
                "RETAIL",
                List.of(
                    new UploadedDocument("big.pdf", IdentityDocumentType.PASSPORT, big),
                    new UploadedDocument("id.pdf", IdentityDocumentType.NATIONAL_ID, html),
                    new UploadedDocument("empty.png", IdentityDocumentType.OTHER, new byte[0]),
                    new UploadedDocument("scan.pdf", null, InvestorFakes.PDF))),
        String.format(DocumentInspector.TOO_LARGE, "big.pdf", 0),
        String.format(DocumentInspector.WRONG_TYPE, "id.pdf", new DocumentInspector().detect(html)),
        String.format(DocumentInspector.EMPTY, "empty.png"),
        String.format(InvestorOnboardingService.DOCUMENT_TYPE_REQUIRED, "scan.pdf"));
  }

  @Test
  void refusesTooManyDocumentsAtOnce() {
    List<UploadedDocument> eleven =
        java.util.stream.IntStream.range(0, 11)
            .mapToObj(
                i ->
                    new UploadedDocument(i + ".pdf", IdentityDocumentType.OTHER, InvestorFakes.PDF))
            .toList();
    assertProblems(
        () -> service.submitProfile(NINA, "HK", "RETAIL", eleven),
        InvestorOnboardingService.TOO_MANY_DOCUMENTS);
  }

  @Test
  void onlyTheAssigneeCompletesTheProfileTask() {
    process.profileTasks.put(
        "INV-000001",
        new InvestorOnboardingProcess.ProfileTask("task-x", "someone-else", NOW, null));

    assertThatThrownBy(() -> service.submitProfile(NINA, "HK", "RETAIL", passport()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(InvestorOnboardingService.NOT_YOUR_TASK);
    assertThat(process.submitted).isEmpty();
    assertThat(nina.documents()).isEmpty();
  }

  @Test
  void aSecondSubmissionIsAConflict() {
    service.submitProfile(NINA, "HK", "RETAIL", passport());

    assertThatThrownBy(() -> service.submitProfile(NINA, "HK", "RETAIL", passport()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already submitted");
    assertThat(process.submitted).hasSize(1);
    assertThat(nina.documents()).hasSize(1);
  }

  @Test
  void onlyInvestorsWithAProfileSubmit() {
    Actor carl = new Actor("carl", "Carl", "trust", Set.of(Role.COMPLIANCE));
    assertThatThrownBy(() -> service.submitProfile(carl, "HK", "RETAIL", passport()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.myProfile(carl)).isInstanceOf(AccessDeniedException.class);
    Actor stranger = new Actor("nobody", "Nobody", "x", Set.of(Role.INVESTOR));
    assertThatThrownBy(() -> service.submitProfile(stranger, "HK", "RETAIL", passport()))
        .isInstanceOf(NotFoundException.class);
    assertThat(service.myProfile(stranger)).isEmpty();
  }

  @Test
  void followsTheProcessThroughReviewSendBackAndResubmission() {
    InvestorProfileView registered = service.myProfile(NINA).orElseThrow();
    assertThat(registered.details().summary().status()).isEqualTo("REGISTERED");
    assertThat(registered.canSubmit()).isTrue();
    assertThat(registered.openTask().reworkComment()).isNull();

    service.submitProfile(NINA, "CN", "INSTITUTIONAL", passport());
    process.claim("INV-000001", "carl");
    assertThat(service.myProfile(NINA).orElseThrow().details().summary().status())
        .isEqualTo("IN_COMPLIANCE_REVIEW");

    process.sendBack("INV-000001", "nina", "Please add the certificate of incorporation");
    InvestorProfileView sentBack = service.myProfile(NINA).orElseThrow();
    assertThat(sentBack.details().summary().status()).isEqualTo("SENT_BACK");
    assertThat(sentBack.details().complianceComment())
        .isEqualTo("Please add the certificate of incorporation");
    assertThat(sentBack.openTask().reworkComment())
        .isEqualTo("Please add the certificate of incorporation");

    // Resubmitting may change the category without a new document: the passport is on file.
    InvestorProfileView again = service.submitProfile(NINA, "CN", "QUALIFIED", List.of());
    assertThat(again.details().summary().status()).isEqualTo("PROFILE_SUBMITTED");
    assertThat(again.details().summary().category()).isEqualTo("QUALIFIED");
    assertThat(process.submitted)
        .containsExactly("INV-000001:CN/INSTITUTIONAL", "INV-000001:CN/QUALIFIED");
  }

  @Test
  void startsTheProcessOfARegisteredInvestorWhoHasNone() {
    InvestorProfile iris = new InvestorProfile("INV-000002", "iris", "Iris Investor", NOW);
    investors.add(iris);
    Actor irisActor = new Actor("iris", "Iris", "iris-investor", Set.of(Role.INVESTOR));

    InvestorProfileView view = service.myProfile(irisActor).orElseThrow();

    assertThat(process.started).contains("INV-000002/iris");
    assertThat(iris.processInstanceId()).contains("process-INV-000002");
    assertThat(view.canSubmit()).isTrue();
    service.myProfile(irisActor);
    assertThat(process.started).containsOnlyOnce("INV-000002/iris");
  }

  private void assertProblems(Runnable action, String... problems) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).contains(problems));
    assertThat(process.submitted).isEmpty();
    assertThat(nina.status()).isEqualTo(InvestorStatus.REGISTERED);
  }
}
