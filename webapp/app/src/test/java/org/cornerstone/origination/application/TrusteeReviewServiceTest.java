package org.cornerstone.origination.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrusteeReviewServiceTest {
  private static final Actor TOM = new Actor("tom", "Tom", "trust", Set.of(Role.TRUSTEE));
  private final TrusteeReviewService service = new TrusteeReviewService();
  private final OnboardingProcess onboarding = mock(OnboardingProcess.class);

  @BeforeEach
  void wire() {
    service.onboarding = onboarding;
    service.assets = mock(AssetRepository.class);
    service.clock = Clock.systemUTC();
  }

  @Test
  void anInvestorCannotDecideOrSeeTheInbox() {
    Actor ivan = new Actor("ivan", "Ivan", "ivy", Set.of(Role.INVESTOR));
    assertThatThrownBy(() -> service.decide(ivan, "t1", true, "ok"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(TrusteeReviewService.ONLY_TRUSTEES);
    assertThatThrownBy(() -> service.inbox(ivan)).isInstanceOf(AccessDeniedException.class);
    verify(onboarding, never()).completeReview(anyString(), anyString(), anyBoolean(), anyString());
  }

  @Test
  void aRejectionNeedsAReason() {
    assertThatThrownBy(() -> service.decide(TOM, "t1", false, "  "))
        .isInstanceOf(ValidationException.class)
        .hasMessage(TrusteeReviewService.REASON_REQUIRED);
  }

  @Test
  void aCompletedTaskCannotBeDecidedAgain() {
    when(onboarding.reviewTask("t1")).thenReturn(Optional.empty());
    assertThatThrownBy(() -> service.decide(TOM, "t1", true, "ok"))
        .isInstanceOf(ConflictException.class)
        .hasMessage(TrusteeReviewService.TASK_GONE);
    verify(onboarding, never()).completeReview(anyString(), anyString(), anyBoolean(), anyString());
  }

  @Test
  void onlyTrusteesClaimAndOthersSeeNoCount() {
    Actor ivan = new Actor("ivan", "Ivan", "ivy", Set.of(Role.INVESTOR));
    assertThatThrownBy(() -> service.claim(ivan, "t1")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.unclaim(ivan, "t1")).isInstanceOf(AccessDeniedException.class);
    org.assertj.core.api.Assertions.assertThat(service.openCount(ivan)).isZero();
    verify(onboarding, never()).claim(anyString(), anyString());
  }
}
