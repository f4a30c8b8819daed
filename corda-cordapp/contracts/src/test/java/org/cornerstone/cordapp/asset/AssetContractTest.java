package org.cornerstone.cordapp.asset;

import static org.assertj.core.api.Assertions.assertThat;

import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Test;

class AssetContractTest extends CornerstoneContractTest {

  private UtxoSignedTransaction create(AssetState asset) {
    return transaction()
        .addOutputState(asset)
        .addCommand(new AssetContract.Commands.Create())
        .addSignatories(trusteeKey, issuerKey)
        .toSignedTransaction();
  }

  private UtxoSignedTransaction update(AssetState before, AssetState after) {
    return transaction()
        .addInputState(recorded(before))
        .addOutputState(after)
        .addCommand(new AssetContract.Commands.Update())
        .addSignatories(before.getTrusteeKey())
        .toSignedTransaction();
  }

  private AssetState withId(String assetId) {
    AssetState a = asset();
    return new AssetState(
        assetId,
        a.getInstrumentId(),
        a.getKind(),
        a.getIssuer(),
        a.getIssuerKey(),
        a.getTrustee(),
        a.getTrusteeKey(),
        a.getRegistrar(),
        a.getRegistrarKey(),
        a.getDiligenceDigest(),
        a.getStatus(),
        a.getValuationMinorUnits(),
        a.getValuationCurrency());
  }

  private AssetState withInstrumentId(String instrumentId) {
    AssetState a = asset();
    return new AssetState(
        a.getAssetId(),
        instrumentId,
        a.getKind(),
        a.getIssuer(),
        a.getIssuerKey(),
        a.getTrustee(),
        a.getTrusteeKey(),
        a.getRegistrar(),
        a.getRegistrarKey(),
        a.getDiligenceDigest(),
        a.getStatus(),
        a.getValuationMinorUnits(),
        a.getValuationCurrency());
  }

  private AssetState withDigest(String digest) {
    AssetState a = asset();
    return new AssetState(
        a.getAssetId(),
        a.getInstrumentId(),
        a.getKind(),
        a.getIssuer(),
        a.getIssuerKey(),
        a.getTrustee(),
        a.getTrusteeKey(),
        a.getRegistrar(),
        a.getRegistrarKey(),
        digest,
        a.getStatus(),
        a.getValuationMinorUnits(),
        a.getValuationCurrency());
  }

  private AssetState withKind(AssetKind kind) {
    AssetState a = asset();
    return new AssetState(
        a.getAssetId(),
        a.getInstrumentId(),
        kind,
        a.getIssuer(),
        a.getIssuerKey(),
        a.getTrustee(),
        a.getTrusteeKey(),
        a.getRegistrar(),
        a.getRegistrarKey(),
        a.getDiligenceDigest(),
        a.getStatus(),
        a.getValuationMinorUnits(),
        a.getValuationCurrency());
  }

  private AssetState withIssuerAndTrustee(
      net.corda.v5.base.types.MemberX500Name newIssuer,
      java.security.PublicKey newIssuerKey,
      net.corda.v5.base.types.MemberX500Name newTrustee,
      java.security.PublicKey newTrusteeKey) {
    AssetState a = asset();
    return new AssetState(
        a.getAssetId(),
        a.getInstrumentId(),
        a.getKind(),
        newIssuer,
        newIssuerKey,
        newTrustee,
        newTrusteeKey,
        a.getRegistrar(),
        a.getRegistrarKey(),
        a.getDiligenceDigest(),
        a.getStatus(),
        a.getValuationMinorUnits(),
        a.getValuationCurrency());
  }

  @Test
  void createSignedByTrusteeAndIssuerVerifies() {
    assertVerifies(create(asset()));
  }

  @Test
  void copyrightCanBeCreatedToo() {
    assertVerifies(create(withKind(AssetKind.COPYRIGHT)));
  }

  @Test
  void transactionWithoutAssetCommandFails() {
    UtxoSignedTransaction tx =
        transaction()
            .addOutputState(asset())
            .addSignatories(trusteeKey, issuerKey)
            .toSignedTransaction();
    assertFailsWith(tx, AssetContract.ONE_COMMAND);
  }

  @Test
  void transactionWithTwoAssetCommandsFails() {
    UtxoSignedTransaction tx =
        transaction()
            .addOutputState(asset())
            .addCommand(new AssetContract.Commands.Create())
            .addCommand(new AssetContract.Commands.Update())
            .addSignatories(trusteeKey, issuerKey)
            .toSignedTransaction();
    assertFailsWith(tx, AssetContract.ONE_COMMAND);
  }

  @Test
  void createMustNotConsumeAnAsset() {
    UtxoSignedTransaction tx =
        transaction()
            .addInputState(recorded(asset()))
            .addOutputState(asset())
            .addCommand(new AssetContract.Commands.Create())
            .addSignatories(trusteeKey, issuerKey)
            .toSignedTransaction();
    assertFailsWith(tx, AssetContract.CREATE_NO_INPUTS);
  }

  @Test
  void createNeedsAssetId() {
    assertFailsWith(create(withId(" ")), AssetContract.ASSET_ID_REQUIRED);
  }

  @Test
  void createNeedsInstrumentId() {
    assertFailsWith(create(withInstrumentId("")), AssetContract.INSTRUMENT_ID_REQUIRED);
  }

  @Test
  void createNeedsDigest() {
    assertFailsWith(create(withDigest("")), AssetContract.DIGEST_REQUIRED);
    assertFailsWith(create(withDigest(null)), AssetContract.DIGEST_REQUIRED);
  }

  @Test
  void createNeedsWellFormedDigest() {
    assertFailsWith(create(withDigest("not-a-sha256")), AssetContract.DIGEST_MALFORMED);
    assertFailsWith(create(withDigest(DIGEST.substring(1) + "g")), AssetContract.DIGEST_MALFORMED);
  }

  @Test
  void createNeedsPositiveValuation() {
    assertFailsWith(create(asset().withValuation(0, "EUR")), AssetContract.VALUATION_NOT_POSITIVE);
    assertFailsWith(create(asset().withValuation(-1, "EUR")), AssetContract.VALUATION_NOT_POSITIVE);
  }

  @Test
  void createNeedsIsoCurrency() {
    assertFailsWith(create(asset().withValuation(100, "EURO")), AssetContract.INVALID_CURRENCY);
    assertFailsWith(create(asset().withValuation(100, "XYZ")), AssetContract.INVALID_CURRENCY);
    assertFailsWith(create(asset().withValuation(100, null)), AssetContract.INVALID_CURRENCY);
  }

  @Test
  void newAssetMustBeActive() {
    assertFailsWith(
        create(asset().withStatus(AssetStatus.SUSPENDED)), AssetContract.CREATE_NOT_ACTIVE);
  }

  @Test
  void createWithoutTrusteeSignatureFails() {
    UtxoSignedTransaction tx =
        transaction()
            .addOutputState(asset())
            .addCommand(new AssetContract.Commands.Create())
            .addSignatories(issuerKey)
            .toSignedTransaction();
    assertFailsWith(tx, AssetContract.TRUSTEE_MUST_SIGN);
  }

  @Test
  void createWithoutIssuerSignatureFails() {
    UtxoSignedTransaction tx =
        transaction()
            .addOutputState(asset())
            .addCommand(new AssetContract.Commands.Create())
            .addSignatories(trusteeKey)
            .toSignedTransaction();
    assertFailsWith(tx, AssetContract.ISSUER_MUST_SIGN);
  }

  @Test
  void trusteeSignedRevaluationVerifies() {
    assertVerifies(update(asset(), asset().withValuation(300_000_000_00L, "EUR")));
  }

  @Test
  void trusteeCanRetireAnAsset() {
    assertVerifies(update(asset(), asset().withStatus(AssetStatus.RETIRED)));
  }

  @Test
  void updateWithoutInputFails() {
    UtxoSignedTransaction tx =
        transaction()
            .addOutputState(asset())
            .addCommand(new AssetContract.Commands.Update())
            .addSignatories(trusteeKey)
            .toSignedTransaction();
    assertFailsWith(tx, AssetContract.UPDATE_ONE_TO_ONE);
  }

  @Test
  void updateCannotChangeAssetId() {
    assertFailsWith(update(asset(), withId("asset-43")), AssetContract.ASSET_ID_IMMUTABLE);
  }

  @Test
  void updateCannotChangeInstrumentId() {
    assertFailsWith(
        update(asset(), withInstrumentId("instrument-43")), AssetContract.INSTRUMENT_ID_IMMUTABLE);
  }

  @Test
  void updateCannotChangeKind() {
    assertFailsWith(update(asset(), withKind(AssetKind.COPYRIGHT)), AssetContract.KIND_IMMUTABLE);
  }

  @Test
  void updateCannotChangeIssuer() {
    assertFailsWith(
        update(asset(), withIssuerAndTrustee(daveName, daveKey, trustee, trusteeKey)),
        AssetContract.ISSUER_IMMUTABLE);
  }

  @Test
  void updateKeepsTheAssetWellFormed() {
    assertFailsWith(
        update(asset(), asset().withValuation(0, "EUR")), AssetContract.VALUATION_NOT_POSITIVE);
  }

  @Test
  void retiredAssetCannotBeUpdated() {
    AssetState retired = asset().withStatus(AssetStatus.RETIRED);
    assertFailsWith(
        update(retired, retired.withStatus(AssetStatus.ACTIVE)), AssetContract.RETIRED_IS_FINAL);
  }

  @Test
  void updateWithoutTrusteeSignatureFails() {
    UtxoSignedTransaction tx =
        transaction()
            .addInputState(recorded(asset()))
            .addOutputState(asset().withStatus(AssetStatus.SUSPENDED))
            .addCommand(new AssetContract.Commands.Update())
            .addSignatories(issuerKey)
            .toSignedTransaction();
    assertFailsWith(tx, AssetContract.TRUSTEE_MUST_SIGN);
  }

  @Test
  void trusteeHandoverNeedsTheIncomingTrusteeToo() {
    AssetState handedOver = withIssuerAndTrustee(issuer, issuerKey, eveName, eveKey);
    assertFailsWith(update(asset(), handedOver), AssetContract.TRUSTEE_MUST_SIGN);
    UtxoSignedTransaction bothSign =
        transaction()
            .addInputState(recorded(asset()))
            .addOutputState(handedOver)
            .addCommand(new AssetContract.Commands.Update())
            .addSignatories(trusteeKey, eveKey)
            .toSignedTransaction();
    assertVerifies(bothSign);
  }

  @Test
  void participantsAreIssuerTrusteeAndRegistrar() {
    assertThat(asset().getParticipants()).containsExactly(issuerKey, trusteeKey, registrarKey);
  }

  @Test
  void statesWithSameFieldsAreEqual() {
    assertThat(asset()).isEqualTo(asset()).hasSameHashCodeAs(asset());
    assertThat(asset()).isNotEqualTo(asset().withStatus(AssetStatus.SUSPENDED));
    assertThat(asset().toString()).contains(ASSET_ID, INSTRUMENT_ID, "REAL_ESTATE", DIGEST);
  }
}
