package org.cornerstone.registry.domain;

/**
 * Why the pre-transfer check refuses a transfer: one stable code per rule (clients switch on {@link
 * #name()}), with its message in English and Chinese.
 */
public enum TransferRefusal {
  TRADING_HALTED("Trading in this instrument is halted.", "该产品已暂停交易。"),
  LOCKED_UNTIL("The instrument is locked up until %s.", "该产品在 %s 之前处于锁定期。"),
  INSUFFICIENT_HOLDING("The sender holds %s, less than the %s to transfer.", "转让方持有 %s，少于拟转让的 %s。"),
  HOLDING_PERIOD_NOT_MET(
      "The sender's last purchase was less than %s ago; it may sell from %s.",
      "转让方最近一次买入未满持有期 %s，可于 %s 起转让。"),
  RECIPIENT_NOT_ELIGIBLE("The recipient is not an eligible investor.", "受让方不是合格投资者（未通过投资者准入）。"),
  KYC_EXPIRED(
      "The recipient's KYC expired on %s: it may sell but not buy.",
      "受让方的 KYC 已于 %s 过期：可以卖出，但不能买入。"),
  RECIPIENT_CATEGORY_NOT_ALLOWED(
      "The recipient's investor category %s is not among the eligible categories %s.",
      "受让方的投资者类别 %s 不在允许的类别 %s 之内。"),
  RECIPIENT_COUNTRY_NOT_ALLOWED("Investors in %s may not hold this instrument.", "%s 的投资者不得持有该产品。"),
  MAX_HOLDERS_REACHED(
      "The instrument already has its maximum of %s holders.", "该产品的持有人数已达上限 %s 人。"),
  BELOW_MIN_HOLDING("A holding would fall below the minimum of %s.", "转让后有持有人的持有量低于最低持有量 %s。"),
  ABOVE_MAX_HOLDING(
      "The recipient would hold %s, above the maximum of %s.", "转让后受让方将持有 %s，超过最高持有量 %s。");

  private final String english;
  private final String chinese;

  TransferRefusal(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** The reason with its facts filled in. */
  public Reason because(Object... facts) {
    return new Reason(this, String.format(english, facts), String.format(chinese, facts));
  }

  /** One failed rule: its code and message in English and Chinese. */
  public record Reason(TransferRefusal code, String message, String messageZh) {}
}
