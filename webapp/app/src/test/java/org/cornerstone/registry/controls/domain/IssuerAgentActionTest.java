package org.cornerstone.registry.controls.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

class IssuerAgentActionTest {
  static final String HOLDER =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";
  static final String HEIR = "CN=Heir Ltd, O=Heir Ltd, L=Shanghai, C=CN";
  static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

  static IssuerAgentAction freeze(Long quantity) {
    return IssuerAgentAction.request(
        "a1",
        "RE-1",
        ActionKind.FREEZE,
        HOLDER,
        null,
        quantity,
        " Court order 42 ",
        "rita",
        "Rita",
        AT);
  }

  @Test
  void aFreezeOfAQuantityIsRequestedWithItsReasonAndRequestKey() {
    IssuerAgentAction action = freeze(400L);
    assertThat(action.status()).isEqualTo(ActionStatus.REQUESTED);
    assertThat(action.reason()).isEqualTo("Court order 42");
    assertThat(action.quantity()).isEqualTo(400L);
    assertThat(action.requestKey()).isEqualTo("action-a1.execute");
  }

  @Test
  void aWholeFreezeHasNoQuantity() {
    assertThat(freeze(null).quantity()).isNull();
  }

  @Test
  void everyProblemOfARequestIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                IssuerAgentAction.request(
                    "a2",
                    "RE-1",
                    ActionKind.FORCED_TRANSFER,
                    HOLDER,
                    HOLDER,
                    null,
                    " ",
                    "rita",
                    "Rita",
                    AT))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        IssuerAgentAction.REASON_REQUIRED,
                        IssuerAgentAction.RECIPIENT_IS_HOLDER,
                        IssuerAgentAction.QUANTITY_REQUIRED));
  }

  @Test
  void eachKindTakesOnlyItsFields() {
    assertThat(IssuerAgentAction.problems(ActionKind.PAUSE, HOLDER, null, 5L, "halt"))
        .containsExactly(
            IssuerAgentAction.HOLDER_NOT_ALLOWED, IssuerAgentAction.QUANTITY_NOT_ALLOWED);
    assertThat(IssuerAgentAction.problems(ActionKind.FREEZE, null, HEIR, 0L, "x"))
        .containsExactly(
            IssuerAgentAction.HOLDER_REQUIRED,
            IssuerAgentAction.RECIPIENT_NOT_ALLOWED,
            IssuerAgentAction.QUANTITY_NOT_POSITIVE);
    assertThat(IssuerAgentAction.problems(ActionKind.RECOVERY, HOLDER, null, 3L, "lost keys"))
        .containsExactly(
            IssuerAgentAction.RECIPIENT_REQUIRED, IssuerAgentAction.QUANTITY_NOT_ALLOWED);
    assertThat(IssuerAgentAction.problems(ActionKind.RECOVERY, HOLDER, HEIR, null, "lost keys"))
        .isEmpty();
    assertThat(IssuerAgentAction.problems(ActionKind.RESUME, null, null, null, "order lifted"))
        .isEmpty();
  }

  @Test
  void theRequesterCannotApproveOrRejectTheirOwnRequest() {
    IssuerAgentAction action = freeze(400L);
    assertThatThrownBy(() -> action.approve("rita", "Rita", "", AT))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(IssuerAgentAction.FOUR_EYES);
    assertThatThrownBy(() -> action.reject("rita", "Rita", "no", AT))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(action.status()).isEqualTo(ActionStatus.REQUESTED);
    assertThat(action.decidedBy()).isNull();
  }

  @Test
  void aTrusteeApprovesOnceAndTheActionIsCarriedOutOnce() {
    IssuerAgentAction action = freeze(400L);
    action.approve("tom", "Tom", "seen", AT);
    assertThat(action.status()).isEqualTo(ActionStatus.APPROVED);
    assertThat(action.decidedBy()).isEqualTo("tom");
    assertThatThrownBy(() -> action.approve("tina", "Tina", "", AT))
        .isInstanceOf(ConflictException.class);

    action.executed("SHA-256:ab", null, AT.plusSeconds(5));
    assertThat(action.status()).isEqualTo(ActionStatus.EXECUTED);
    assertThat(action.ledgerTransactionId()).isEqualTo("SHA-256:ab");
    assertThatThrownBy(() -> action.executed("SHA-256:cd", null, AT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRejectedActionIsNeverCarriedOutAndKeepsTheTrusteesReason() {
    IssuerAgentAction action = freeze(null);
    action.reject("tom", "Tom", "No court order attached", AT);
    action.rejected("No court order attached");
    assertThat(action.status()).isEqualTo(ActionStatus.REJECTED);
    assertThat(action.decisionComment()).isEqualTo("No court order attached");
    assertThatThrownBy(() -> action.executed("SHA-256:ab", null, AT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRecoveryTakesTheHoldersWholeQuantityAtApproval() {
    IssuerAgentAction recovery =
        IssuerAgentAction.request(
            "a3", "RE-1", ActionKind.RECOVERY, HOLDER, HEIR, null, "lost keys", "rita", "Rita", AT);
    recovery.approve("tom", "Tom", "", AT);
    recovery.recoveryQuantity(700);
    assertThat(recovery.quantity()).isEqualTo(700L);
    assertThatThrownBy(() -> freeze(null).recoveryQuantity(5))
        .isInstanceOf(IllegalStateException.class);
  }
}
