package org.cornerstone.workflows.cash;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by the {@code cash-deposit} and {@code cash-withdrawal} BPMN models, their delegates
 * and the web app.
 *
 * <p>Start either with business key = the request id and {@link #startVariables}. The settlement
 * bank (group {@code settlement-bank}) completes the confirmation task after claiming it, with
 * {@code Reviews.decisionVariables}: {@code APPROVE} (the wire arrived / the payout was made) or
 * {@code REJECT} with a reason. On a confirmation an asynchronous step issues (deposit) or redeems
 * (withdrawal) the cash tokens on the ledger, idempotent by the request id, retried three times
 * then an incident.
 */
public final class CashProcesses {
  public static final String DEPOSIT_PROCESS_KEY = "cash-deposit";
  public static final String DEPOSIT_BPMN = "bpmn/" + DEPOSIT_PROCESS_KEY + ".bpmn";
  public static final String WITHDRAWAL_PROCESS_KEY = "cash-withdrawal";
  public static final String WITHDRAWAL_BPMN = "bpmn/" + WITHDRAWAL_PROCESS_KEY + ".bpmn";

  // --- cash-deposit element ids -------------------------------------------------------------

  public static final String START_DEPOSIT_REQUESTED = "depositRequested";

  /** Group {@code settlement-bank}: the bank confirms the wire arrived, or rejects. */
  public static final String TASK_CONFIRM_DEPOSIT = "confirmDeposit";

  public static final String GATEWAY_DEPOSIT_CONFIRMED = "gatewayDepositConfirmed";

  /** Asynchronous, retried: issues the cash tokens to the investor. */
  public static final String TASK_ISSUE_CASH = "issueCash";

  public static final String END_CASH_ISSUED = "cashIssued";
  public static final String TASK_RECORD_DEPOSIT_REJECTION = "recordDepositRejection";
  public static final String END_DEPOSIT_REJECTED = "depositRejected";

  // --- cash-withdrawal element ids ----------------------------------------------------------

  public static final String START_WITHDRAWAL_REQUESTED = "withdrawalRequested";

  /** Group {@code settlement-bank}: the bank confirms it paid the money out, or rejects. */
  public static final String TASK_CONFIRM_WITHDRAWAL = "confirmWithdrawal";

  public static final String GATEWAY_WITHDRAWAL_CONFIRMED = "gatewayWithdrawalConfirmed";

  /** Asynchronous, retried: redeems the cash tokens and consumes the reservation. */
  public static final String TASK_REDEEM_CASH = "redeemCash";

  public static final String END_CASH_REDEEMED = "cashRedeemed";
  public static final String TASK_RECORD_WITHDRAWAL_REJECTION = "recordWithdrawalRejection";
  public static final String END_WITHDRAWAL_REJECTED = "withdrawalRejected";

  // --- bean names ---------------------------------------------------------------------------

  public static final String BEAN_ISSUE_CASH = "cashIssueDeposit";
  public static final String BEAN_RECORD_DEPOSIT_REJECTION = "cashRecordDepositRejection";
  public static final String BEAN_REDEEM_CASH = "cashRedeemWithdrawal";
  public static final String BEAN_RECORD_WITHDRAWAL_REJECTION = "cashRecordWithdrawalRejection";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the deposit's or withdrawal's id (also the business key). */
  public static final String VAR_REQUEST_ID = "cashRequestId";

  /** String, set by the starter: the investor who asked. */
  public static final String VAR_INVESTOR_USER = "investorUser";

  /** String, written by the ledger step: the id of the ledger transaction. */
  public static final String VAR_LEDGER_TRANSACTION = "ledgerTransactionId";

  private CashProcesses() {}

  public static Map<String, Object> startVariables(String requestId, String investorUser) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_REQUEST_ID, Objects.requireNonNull(requestId, "requestId"));
    variables.put(VAR_INVESTOR_USER, Objects.requireNonNull(investorUser, "investorUser"));
    return variables;
  }
}
