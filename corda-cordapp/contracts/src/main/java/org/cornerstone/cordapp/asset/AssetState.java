package org.cornerstone.cordapp.asset;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * The tokenized underlying: a building or a copyright, held in trust.
 *
 * <p>{@code diligenceDigest} is the hex SHA-256 over the onboarding evidence (document hashes,
 * process definition version, approver ids); it ties the ledger record to what the trustee
 * reviewed. The valuation is the appraised value in minor units of {@code valuationCurrency}.
 *
 * <p>{@code assetId} names the real-world asset; {@code instrumentId} the instrument its tokens are
 * (an {@link org.cornerstone.cordapp.token.AssetTokenState} issued against this asset carries it).
 *
 * <p>Immutable. Corda serializes it through its single constructor, whose parameter names match the
 * getters.
 */
@BelongsToContract(AssetContract.class)
public final class AssetState implements ContractState {

  private final String assetId;
  private final String instrumentId;
  private final AssetKind kind;
  private final MemberX500Name issuer;
  private final PublicKey issuerKey;
  private final MemberX500Name trustee;
  private final PublicKey trusteeKey;
  private final MemberX500Name registrar;
  private final PublicKey registrarKey;
  private final String diligenceDigest;
  private final AssetStatus status;
  private final long valuationMinorUnits;
  private final String valuationCurrency;

  public AssetState(
      String assetId,
      String instrumentId,
      AssetKind kind,
      MemberX500Name issuer,
      PublicKey issuerKey,
      MemberX500Name trustee,
      PublicKey trusteeKey,
      MemberX500Name registrar,
      PublicKey registrarKey,
      String diligenceDigest,
      AssetStatus status,
      long valuationMinorUnits,
      String valuationCurrency) {
    this.assetId = Objects.requireNonNull(assetId, "assetId");
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.issuerKey = Objects.requireNonNull(issuerKey, "issuerKey");
    this.trustee = Objects.requireNonNull(trustee, "trustee");
    this.trusteeKey = Objects.requireNonNull(trusteeKey, "trusteeKey");
    this.registrar = Objects.requireNonNull(registrar, "registrar");
    this.registrarKey = Objects.requireNonNull(registrarKey, "registrarKey");
    this.diligenceDigest = diligenceDigest;
    this.status = Objects.requireNonNull(status, "status");
    this.valuationMinorUnits = valuationMinorUnits;
    this.valuationCurrency = valuationCurrency;
  }

  public String getAssetId() {
    return assetId;
  }

  /** The instrument whose tokens this asset backs (tokens issued against it carry this id). */
  public String getInstrumentId() {
    return instrumentId;
  }

  public AssetKind getKind() {
    return kind;
  }

  public MemberX500Name getIssuer() {
    return issuer;
  }

  public PublicKey getIssuerKey() {
    return issuerKey;
  }

  public MemberX500Name getTrustee() {
    return trustee;
  }

  public PublicKey getTrusteeKey() {
    return trusteeKey;
  }

  public MemberX500Name getRegistrar() {
    return registrar;
  }

  public PublicKey getRegistrarKey() {
    return registrarKey;
  }

  public String getDiligenceDigest() {
    return diligenceDigest;
  }

  public AssetStatus getStatus() {
    return status;
  }

  public long getValuationMinorUnits() {
    return valuationMinorUnits;
  }

  public String getValuationCurrency() {
    return valuationCurrency;
  }

  /** Issuer, trustee and registrar each keep a copy. */
  @Override
  public List<PublicKey> getParticipants() {
    return List.of(issuerKey, trusteeKey, registrarKey).stream().distinct().toList();
  }

  /** The same asset with another status (for a trustee-signed {@code Update}). */
  public AssetState withStatus(AssetStatus newStatus) {
    return new AssetState(
        assetId,
        instrumentId,
        kind,
        issuer,
        issuerKey,
        trustee,
        trusteeKey,
        registrar,
        registrarKey,
        diligenceDigest,
        newStatus,
        valuationMinorUnits,
        valuationCurrency);
  }

  /** The same asset revalued (for a trustee-signed {@code Update}). */
  public AssetState withValuation(long newValuationMinorUnits, String newValuationCurrency) {
    return new AssetState(
        assetId,
        instrumentId,
        kind,
        issuer,
        issuerKey,
        trustee,
        trusteeKey,
        registrar,
        registrarKey,
        diligenceDigest,
        status,
        newValuationMinorUnits,
        newValuationCurrency);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AssetState that)) {
      return false;
    }
    return valuationMinorUnits == that.valuationMinorUnits
        && assetId.equals(that.assetId)
        && instrumentId.equals(that.instrumentId)
        && kind == that.kind
        && issuer.equals(that.issuer)
        && issuerKey.equals(that.issuerKey)
        && trustee.equals(that.trustee)
        && trusteeKey.equals(that.trusteeKey)
        && registrar.equals(that.registrar)
        && registrarKey.equals(that.registrarKey)
        && Objects.equals(diligenceDigest, that.diligenceDigest)
        && status == that.status
        && Objects.equals(valuationCurrency, that.valuationCurrency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        assetId,
        instrumentId,
        kind,
        issuer,
        issuerKey,
        trustee,
        trusteeKey,
        registrar,
        registrarKey,
        diligenceDigest,
        status,
        valuationMinorUnits,
        valuationCurrency);
  }

  /** Names the parties, not their keys (keys are long and say nothing to a reader). */
  @Override
  public String toString() {
    return "AssetState{assetId="
        + assetId
        + ", instrumentId="
        + instrumentId
        + ", kind="
        + kind
        + ", issuer="
        + issuer
        + ", trustee="
        + trustee
        + ", registrar="
        + registrar
        + ", diligenceDigest="
        + diligenceDigest
        + ", status="
        + status
        + ", valuation="
        + valuationMinorUnits
        + " "
        + valuationCurrency
        + "}";
  }
}
