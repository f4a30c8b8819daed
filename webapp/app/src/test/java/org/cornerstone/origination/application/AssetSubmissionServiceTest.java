package org.cornerstone.origination.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.AssetTest;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.origination.domain.RiskClass;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentInspector;
import org.cornerstone.shared.documents.DocumentInspectorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

class AssetSubmissionServiceTest {
  private static final Actor OLIVIA =
      new Actor("olivia", "Olivia", "harbour-realty", Set.of(Role.ORIGINATOR));
  private final AssetSubmissionService service = new AssetSubmissionService();
  private final AssetRepository assets = mock(AssetRepository.class);
  private final AssetOnboardingProcess onboarding = mock(AssetOnboardingProcess.class);

  @BeforeEach
  void wire() {
    service.assets = assets;
    service.onboarding = onboarding;
    service.inspector = new DocumentInspector();
    service.settings = new Settings();
    service.clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    service.em = mock(EntityManager.class, Answers.RETURNS_DEEP_STUBS);
    when(assets.nextAssetNumber()).thenReturn(42L);
    when(assets.findBySubmissionKey(anyString())).thenReturn(Optional.empty());
    when(onboarding.start(any(Asset.class))).thenReturn("process-1");
  }

  private static SubmitRealEstateAsset form(
      String tokens, String value, List<DocumentUpload> docs) {
    return new SubmitRealEstateAsset(
        "key-1", "Tower", "1 Road", "CN-SH", value, "CNY", tokens, docs);
  }

  private static List<DocumentUpload> deed() {
    return List.of(
        new DocumentUpload("deed.pdf", DocumentType.TITLE_DEED, DocumentInspectorTest.PDF));
  }

  @Test
  void storesTheAssetAndStartsItsProcess() {
    AssetSummary summary = service.submit(OLIVIA, form("1,000", "12500000.00", deed()));
    assertThat(summary.id()).isEqualTo("RE-000042");
    assertThat(summary.tokensToIssue()).isEqualTo(1000);
    verify(assets).add(any(Asset.class));
    verify(onboarding)
        .start(
            org.mockito.ArgumentMatchers.argThat(
                a -> a.id().equals("RE-000042") && a.kind() == AssetKind.REAL_ESTATE));
  }

  @Test
  void reportsEveryProblemAtOnceAndStoresNothing() {
    assertThatThrownBy(
            () ->
                service.submit(
                    OLIVIA,
                    new SubmitRealEstateAsset("k", " ", null, "CN", "abc", "XYZ", "-3", List.of())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        "Title is required.",
                        "Address is required.",
                        AssetSubmissionService.UNKNOWN_CURRENCY,
                        "Appraised value" + AssetSubmissionService.VALUE_NOT_NUMBER,
                        AssetSubmissionService.TOKENS_NOT_POSITIVE,
                        AssetSubmissionService.NO_DOCUMENTS));
    verify(assets, never()).add(any(Asset.class));
    verify(onboarding, never()).start(any(Asset.class));
  }

  @Test
  void refusesNonNumericZeroAndHugeTokenCounts() {
    assertProblem(form("1.5", "1", deed()), AssetSubmissionService.TOKENS_NOT_WHOLE);
    assertProblem(form("0", "1", deed()), AssetSubmissionService.TOKENS_NOT_POSITIVE);
    assertProblem(form("1000000000001", "1", deed()), AssetSubmissionService.TOKENS_TOO_MANY);
    assertProblem(
        form("10", "0", deed()), "Appraised value: The amount must be greater than zero.");
  }

  @Test
  void aRepeatedSubmissionReturnsTheFirstAsset() {
    Asset earlier = AssetTest.asset();
    when(assets.findBySubmissionKey("key-1")).thenReturn(Optional.of(earlier));
    AssetSummary summary = service.submit(OLIVIA, form("1000", "1", deed()));
    assertThat(summary.id()).isEqualTo(earlier.id());
    verify(assets, never()).add(any(Asset.class));
    verify(onboarding, never()).start(any(Asset.class));
  }

  @Test
  void onlyOriginatorsSubmit() {
    Actor investor = new Actor("ivan", "Ivan", "ivy", Set.of(Role.INVESTOR));
    assertThatThrownBy(() -> service.submit(investor, form("1", "1", deed())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(AssetSubmissionService.ONLY_ORIGINATORS);
  }

  private static SubmitCopyrightAsset copyright(List<DocumentUpload> docs) {
    return new SubmitCopyrightAsset(
        "key-2",
        "Song",
        "CN-SH",
        "2024-A-1",
        "NCAC",
        "Li Wei",
        "Harbour Music",
        "1000000",
        "CNY",
        "1000",
        docs);
  }

  private static DocumentUpload royalties(String csv) {
    return new DocumentUpload(
        "royalties.csv", DocumentType.ROYALTY_HISTORY, csv.getBytes(StandardCharsets.UTF_8));
  }

  private static String months(int count) {
    StringBuilder csv = new StringBuilder("month,amount\n");
    for (int i = 0; i < count; i++) {
      csv.append(java.time.YearMonth.of(2024, 1).plusMonths(i)).append(",1000.00\n");
    }
    return csv.toString();
  }

  @Test
  void aCopyrightIsStoredWithItsRiskClassFromTheLengthOfItsRoyaltyHistory() {
    AssetSummary summary =
        service.submitCopyright(OLIVIA, copyright(List.of(royalties(months(24)))));
    assertThat(summary.id()).isEqualTo("CR-000042");
    verify(onboarding)
        .start(
            org.mockito.ArgumentMatchers.argThat(
                a ->
                    a.kind() == AssetKind.COPYRIGHT
                        && a.riskClass() == RiskClass.MEDIUM
                        && a.registrationNumber().orElseThrow().equals("2024-A-1")));
  }

  @Test
  void aMalformedRoyaltyHistoryIsReportedLineByLineAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                service.submitCopyright(
                    OLIVIA,
                    copyright(List.of(royalties("month,amount\n2024-01,100\n2024-02,abc\n")))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(p -> assertThat(p).startsWith("Royalty history, line 3:")));
    assertThatThrownBy(() -> service.submitCopyright(OLIVIA, copyright(deed())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        AssetSubmissionService.ROYALTY_HISTORY_REQUIRED,
                        "A Title deed is not evidence for a Copyright asset."));
    verify(assets, never()).add(any(Asset.class));
    verify(onboarding, never()).start(any(Asset.class));
  }

  @Test
  void amountsAndTokenCountsFollowTheSameRules() {
    String notNumber = "Appraised value" + AssetSubmissionService.VALUE_NOT_NUMBER;
    // an exponent is not an amount (1e3 was read as 1000), and commas only group thousands
    assertProblem(form("10", "1e3", deed()), notNumber);
    assertProblem(form("10", "1e309", deed()), notNumber);
    assertProblem(form("10", "1,2,3", deed()), notNumber);
    assertProblem(form("10", "NaN", deed()), notNumber);
    assertProblem(
        form("10", "12.345", deed()), "Appraised value: CNY amounts have at most 2 decimals.");
    assertProblem(form("1e3", "1000", deed()), AssetSubmissionService.TOKENS_NOT_WHOLE);
    assertProblem(form("1,0,0,0", "1000", deed()), AssetSubmissionService.TOKENS_NOT_WHOLE);
    assertProblem(form("1_000", "1000", deed()), AssetSubmissionService.TOKENS_NOT_WHOLE);
  }

  private void assertProblem(SubmitRealEstateAsset form, String problem) {
    assertThatThrownBy(() -> service.submit(OLIVIA, form))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).contains(problem));
  }
}
