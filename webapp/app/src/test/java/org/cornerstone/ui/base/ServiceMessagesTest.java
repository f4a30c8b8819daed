package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.cash.application.CashService;
import org.cornerstone.cash.domain.CashAmounts;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.registry.application.RuleChangeUnderReview;
import org.cornerstone.registry.application.TransferRuleService;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.registry.domain.RuleSet;
import org.cornerstone.registry.domain.RuleSetChange;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the services' refusals (transfer rules, cash, offerings, issuer-agent actions) reach a
 * Chinese UI in Chinese; the API keeps the English sentence. Each sentence below is produced from
 * the service's own constant, so a reworded service sentence that the bundle no longer matches
 * fails here.
 */
class ServiceMessagesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** Every service sentence with sample values → the key that must recognise it. */
  private static final Map<String, String> SENTENCES =
      Map.ofEntries(
          Map.entry(TransferRuleService.ONLY_REGISTRAR, "svc.rules.onlyRegistrar"),
          Map.entry(TransferRuleService.MAY_NOT_SEE, "svc.rules.maySee"),
          Map.entry(TransferRuleService.REASON_REQUIRED, "svc.rules.reasonRequired"),
          Map.entry(TransferRuleService.NOTHING_CHANGES, "svc.rules.nothingChanges"),
          Map.entry(TransferRuleService.ALREADY_PROPOSED, "svc.rules.alreadyProposed"),
          Map.entry(TransferRuleService.UNKNOWN_INSTRUMENT + "RE-1", "svc.rules.unknownInstrument"),
          Map.entry(RuleSet.UNKNOWN_CATEGORY + "ALIEN", "svc.rules.unknownCategory"),
          Map.entry(RuleSet.BAD_COUNTRY + "CHN", "svc.rules.badCountry"),
          Map.entry(RuleSet.MAX_HOLDERS_NOT_POSITIVE, "svc.rules.maxHolders"),
          Map.entry(RuleSet.HOLDING_NOT_POSITIVE, "svc.rules.holdingNotPositive"),
          Map.entry(RuleSet.MIN_ABOVE_MAX, "svc.rules.minAboveMax"),
          Map.entry(RuleSet.NEGATIVE_PERIOD, "svc.rules.negativePeriod"),
          Map.entry(RuleSetChange.FOUR_EYES, "svc.rules.fourEyes"),
          Map.entry(RuleSetChange.NOT_OPEN, "svc.rules.notOpen"),
          Map.entry(RuleChangeUnderReview.NO_SEND_BACK, "svc.rules.noSendBack"),
          Map.entry(CashService.ONLY_INVESTORS, "svc.cash.onlyInvestors"),
          Map.entry(CashService.NO_LEDGER_IDENTITY, "svc.cash.noLedgerIdentity"),
          Map.entry(CashService.REFERENCE_REQUIRED, "svc.cash.referenceRequired"),
          Map.entry(CashService.REFERENCE_TOO_LONG, "svc.cash.referenceTooLong"),
          Map.entry(CashService.KEY_INVALID, "svc.cash.keyInvalid"),
          Map.entry(
              String.format(CashService.MORE_THAN_AVAILABLE, "1,250.50", "CNY"),
              "svc.cash.moreThanAvailable"),
          Map.entry(String.format(CashService.KEY_REUSED, "D-7"), "svc.cash.keyReused"),
          Map.entry(
              String.format(CashReservations.NOT_ENOUGH, "CNY", "10.00", "20.00"),
              "svc.cash.notEnough"),
          Map.entry(String.format(CashAmounts.UNKNOWN_CURRENCY, "EUR"), "svc.cash.unknownCurrency"),
          Map.entry(Amounts.Problem.MISSING.sentence(), "svc.amount.missing"),
          Map.entry(
              "The amount " + Amounts.Problem.NOT_A_NUMBER.sentence(), "svc.amount.notNumber"),
          Map.entry(Money.NOT_POSITIVE, "svc.amount.notPositive"),
          Map.entry(Money.TOO_LARGE, "svc.amount.tooLarge"),
          Map.entry(String.format(Amounts.CURRENCY_DECIMALS, "CNY", 2), "svc.amount.decimals"),
          Map.entry(OfferingService.ONLY_ISSUERS, "svc.offering.onlyIssuers"),
          Map.entry(OfferingService.NOT_YOUR_INSTRUMENT, "svc.offering.notYourInstrument"),
          Map.entry(String.format(OfferingService.NOT_TOKENIZED, "X"), "svc.offering.notTokenized"),
          Map.entry(
              String.format(OfferingService.MORE_THAN_HOLDING, 400),
              "svc.offering.moreThanHolding"),
          Map.entry(OfferingService.ONLY_INVESTORS, "svc.offering.onlyInvestors"),
          Map.entry(
              String.format(
                  OfferingService.NOT_ACCEPTING,
                  "OF-1",
                  "CLOSED",
                  "2026-12-01T00:00:00Z",
                  "2026-12-05T00:00:00Z"),
              "svc.offering.notAccepting"),
          Map.entry(OfferingService.PRICE_NOT_A_NUMBER, "svc.offering.priceNotNumber"),
          Map.entry(String.format(OfferingService.BELOW_MINIMUM, 10), "svc.offering.belowMinimum"),
          Map.entry(String.format(OfferingService.ABOVE_OFFERED, 500), "svc.offering.aboveOffered"),
          Map.entry(String.format(OfferingService.KEY_REUSED, "k-1"), "svc.offering.keyReused"),
          Map.entry(OfferingService.NO_LEDGER_IDENTITY, "svc.offering.noLedgerIdentity"),
          Map.entry(
              String.format(OfferingService.NOT_OPEN, "OF-1", "DRAFT"), "svc.offering.notOpen"),
          Map.entry(IssuerAgentActions.ONLY_REGISTRAR, "svc.action.onlyRegistrar"),
          Map.entry(IssuerAgentActions.ONLY_AUDITORS, "svc.action.onlyAuditors"),
          Map.entry(
              String.format(IssuerAgentActions.UNKNOWN_INSTRUMENT, "RE-9"),
              "svc.action.unknownInstrument"),
          Map.entry(
              String.format(IssuerAgentActions.UNKNOWN_ACTION, "A-9"), "svc.action.unknownAction"),
          Map.entry(IssuerAgentActions.UNKNOWN_KIND, "svc.action.unknownKind"),
          Map.entry(IssuerAgentActions.QUANTITY_NOT_NUMBER, "svc.action.quantityNotNumber"),
          Map.entry(IssuerAgentActions.EVIDENCE_REQUIRED, "svc.action.evidenceRequired"),
          Map.entry(IssuerAgentActions.EVIDENCE_NOT_PDF, "svc.action.evidenceNotPdf"),
          Map.entry(
              String.format(IssuerAgentActions.NOT_A_HOLDER, "O=Ivy", "RE-1"),
              "svc.action.notAHolder"),
          Map.entry(
              String.format(IssuerAgentActions.NOT_ENOUGH, 100, "unfrozen", 5000),
              "svc.action.notEnough"),
          Map.entry(IssuerAgentActions.ALREADY_PAUSED, "svc.action.alreadyPaused"),
          Map.entry(IssuerAgentActions.NOT_PAUSED, "svc.action.notPaused"),
          Map.entry(IssuerAgentAction.REASON_REQUIRED, "svc.action.reasonRequired"),
          Map.entry(IssuerAgentAction.REASON_TOO_LONG, "svc.action.reasonTooLong"),
          Map.entry(IssuerAgentAction.HOLDER_REQUIRED, "svc.action.holderRequired"),
          Map.entry(IssuerAgentAction.HOLDER_NOT_ALLOWED, "svc.action.holderNotAllowed"),
          Map.entry(IssuerAgentAction.RECIPIENT_REQUIRED, "svc.action.recipientRequired"),
          Map.entry(IssuerAgentAction.RECIPIENT_NOT_ALLOWED, "svc.action.recipientNotAllowed"),
          Map.entry(IssuerAgentAction.RECIPIENT_IS_HOLDER, "svc.action.recipientIsHolder"),
          Map.entry(IssuerAgentAction.QUANTITY_REQUIRED, "svc.action.quantityRequired"),
          Map.entry(IssuerAgentAction.QUANTITY_NOT_ALLOWED, "svc.action.quantityNotAllowed"),
          Map.entry(IssuerAgentAction.QUANTITY_NOT_POSITIVE, "svc.action.quantityNotPositive"),
          Map.entry(IssuerAgentAction.FOUR_EYES, "svc.action.fourEyes"),
          Map.entry(String.format(IssuerAgentAction.NOT_OPEN, "REJECTED"), "svc.action.notOpen"),
          Map.entry(
              String.format(IssuerAgentAction.NOT_APPROVED, "REQUESTED"), "svc.action.notApproved"),
          Map.entry(ReviewService.TASK_GONE, "svc.review.taskGone"));

  @Test
  void everyRefusalOfTheFourServicesIsRecognisedAndHasAChineseText() {
    SENTENCES.forEach(
        (sentence, key) -> {
          assertThat(ServiceMessages.keyOf(sentence)).as(sentence).isEqualTo(key);
          String chinese = ServiceMessages.localize(sentence, ZH);
          assertThat(chinese).as(sentence).isNotEqualTo(sentence).doesNotContain("!svc.");
          assertThat(chinese.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF))
              .as(chinese)
              .isTrue();
        });
  }

  @Test
  void valuesAreCarriedOverInTheirPlace() {
    assertThat(
            ServiceMessages.localize(
                String.format(CashService.MORE_THAN_AVAILABLE, "1,250.50", "CNY"), ZH))
        .isEqualTo("您最多可提取 CNY 1,250.50：其余现金已被预留或不存在。");
    assertThat(ServiceMessages.localize(String.format(OfferingService.BELOW_MINIMUM, 10), ZH))
        .isEqualTo("最低认购量为 10 个代币。");
    assertThat(ServiceMessages.localize(String.format(CashAmounts.UNKNOWN_CURRENCY, "EUR"), ZH))
        .isEqualTo("不提供币种“EUR”：请选择 CNY、USD 或 HKD。");
    // a sentence inside a sentence is translated too
    assertThat(
            ServiceMessages.localize(
                "Price per token: " + String.format(Amounts.CURRENCY_DECIMALS, "CNY", 2), ZH))
        .isEqualTo("每个代币的价格：CNY 金额最多有 2 位小数。");
  }

  @Test
  void englishAndUnknownSentencesAreShownAsTheServiceWroteThem() {
    String sentence = String.format(OfferingService.BELOW_MINIMUM, 10);
    assertThat(ServiceMessages.localize(sentence, Locale.ENGLISH)).isEqualTo(sentence);
    assertThat(ServiceMessages.localize("Something nobody translated.", ZH))
        .isEqualTo("Something nobody translated.");
    assertThat(ServiceMessages.localize(null, ZH)).isNull();
  }
}
