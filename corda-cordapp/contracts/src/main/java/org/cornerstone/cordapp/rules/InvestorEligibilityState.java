package org.cornerstone.cordapp.rules;

import java.security.PublicKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * The registrar's attestation that a member of the network is an eligible investor: its category
 * ({@code RETAIL}, {@code QUALIFIED}, {@code INSTITUTIONAL}), its country (ISO 3166-1 alpha-2) and
 * the last day its KYC is valid (a UTC day). The registrar records it on its own node when the app
 * approves (or changes) an investor's eligibility and consumes it without a successor when the
 * investor is no longer eligible. Its responder flows read it from the vault before they sign a
 * transfer or a DvP to that investor (ADR 0008): no unconsumed record means "not an eligible
 * investor". The registrar is its only participant: the attestation is the registrar's record, not
 * the investor's.
 *
 * <p>Immutable; Corda serializes it through its single constructor.
 */
@BelongsToContract(RegistrarRecordContract.class)
public final class InvestorEligibilityState implements ContractState {

  private final MemberX500Name investor;
  private final String category;
  private final String country;
  private final LocalDate kycExpiresOn;
  private final MemberX500Name registrar;
  private final PublicKey registrarKey;

  public InvestorEligibilityState(
      MemberX500Name investor,
      String category,
      String country,
      LocalDate kycExpiresOn,
      MemberX500Name registrar,
      PublicKey registrarKey) {
    this.investor = Objects.requireNonNull(investor, "investor");
    this.category = Objects.requireNonNull(category, "category");
    this.country = Objects.requireNonNull(country, "country");
    this.kycExpiresOn = Objects.requireNonNull(kycExpiresOn, "kycExpiresOn");
    this.registrar = Objects.requireNonNull(registrar, "registrar");
    this.registrarKey = Objects.requireNonNull(registrarKey, "registrarKey");
  }

  public MemberX500Name getInvestor() {
    return investor;
  }

  public String getCategory() {
    return category;
  }

  public String getCountry() {
    return country;
  }

  /** The last day (UTC) the investor's KYC is valid. */
  public LocalDate getKycExpiresOn() {
    return kycExpiresOn;
  }

  public MemberX500Name getRegistrar() {
    return registrar;
  }

  public PublicKey getRegistrarKey() {
    return registrarKey;
  }

  @Override
  public List<PublicKey> getParticipants() {
    return List.of(registrarKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InvestorEligibilityState s
        && investor.equals(s.investor)
        && category.equals(s.category)
        && country.equals(s.country)
        && kycExpiresOn.equals(s.kycExpiresOn)
        && registrar.equals(s.registrar)
        && registrarKey.equals(s.registrarKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(investor, category, country, kycExpiresOn, registrar);
  }

  @Override
  public String toString() {
    return "InvestorEligibilityState["
        + investor
        + ", "
        + category
        + ", "
        + country
        + ", KYC to "
        + kycExpiresOn
        + "]";
  }
}
