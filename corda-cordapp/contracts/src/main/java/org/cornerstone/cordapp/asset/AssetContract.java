package org.cornerstone.cordapp.asset;

import static org.cornerstone.cordapp.common.Rules.isBlank;
import static org.cornerstone.cordapp.common.Rules.isIsoCurrency;
import static org.cornerstone.cordapp.common.Rules.isSha256Hex;
import static org.cornerstone.cordapp.common.Rules.require;
import static org.cornerstone.cordapp.common.Rules.requireSigned;
import static org.cornerstone.cordapp.common.Rules.singleCommand;

import java.util.List;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.common.SimpleCommand;

/**
 * Rules for {@link AssetState}: the trustee and the issuer create it together; afterwards only the
 * trustee evolves it (revaluation, status), and never its identity (asset id, instrument id, kind,
 * issuer).
 */
public final class AssetContract implements Contract {

  public static final String ONE_COMMAND =
      "An asset transaction must carry exactly one AssetContract command.";
  public static final String CREATE_NO_INPUTS = "Create must not consume an existing AssetState.";
  public static final String ASSET_ID_REQUIRED = "An asset needs a non-blank asset id.";
  public static final String INSTRUMENT_ID_REQUIRED = "An asset needs a non-blank instrument id.";
  public static final String DIGEST_REQUIRED = "An asset needs its diligence digest.";
  public static final String DIGEST_MALFORMED =
      "The diligence digest must be a hex SHA-256 (64 hex digits).";
  public static final String VALUATION_NOT_POSITIVE = "The valuation must be positive.";
  public static final String INVALID_CURRENCY = "The valuation currency must be an ISO 4217 code.";
  public static final String CREATE_NOT_ACTIVE = "A new asset must be ACTIVE.";
  public static final String TRUSTEE_MUST_SIGN = "The trustee must sign.";
  public static final String ISSUER_MUST_SIGN = "The issuer must sign.";
  public static final String UPDATE_ONE_TO_ONE =
      "Update must consume exactly one AssetState and produce exactly one.";
  public static final String ASSET_ID_IMMUTABLE = "Update must not change the asset id.";
  public static final String INSTRUMENT_ID_IMMUTABLE = "Update must not change the instrument id.";
  public static final String KIND_IMMUTABLE = "Update must not change the asset kind.";
  public static final String ISSUER_IMMUTABLE = "Update must not change the issuer.";
  public static final String RETIRED_IS_FINAL = "A RETIRED asset cannot be updated.";

  /** The commands of this contract; a transaction carries exactly one of them. */
  public interface Commands extends Command {

    /** Registers a new asset after the trustee's approval. Signed by trustee and issuer. */
    final class Create extends SimpleCommand implements Commands {}

    /** Revalues the asset or changes its status. Signed by the trustee. */
    final class Update extends SimpleCommand implements Commands {}
  }

  @Override
  public void verify(UtxoLedgerTransaction transaction) {
    Commands command = singleCommand(transaction, Commands.class, ONE_COMMAND);
    List<AssetState> inputs = transaction.getInputStates(AssetState.class);
    List<AssetState> outputs = transaction.getOutputStates(AssetState.class);
    if (command instanceof Commands.Create) {
      verifyCreate(transaction, inputs, outputs);
    } else if (command instanceof Commands.Update) {
      verifyUpdate(transaction, inputs, outputs);
    } else {
      throw new IllegalArgumentException(ONE_COMMAND);
    }
  }

  private static void verifyCreate(
      UtxoLedgerTransaction transaction, List<AssetState> inputs, List<AssetState> outputs) {
    require(inputs.isEmpty(), CREATE_NO_INPUTS);
    for (AssetState asset : outputs) {
      verifyWellFormed(asset);
      require(asset.getStatus() == AssetStatus.ACTIVE, CREATE_NOT_ACTIVE);
      requireSigned(transaction, List.of(asset.getTrusteeKey()), TRUSTEE_MUST_SIGN);
      requireSigned(transaction, List.of(asset.getIssuerKey()), ISSUER_MUST_SIGN);
    }
  }

  private static void verifyUpdate(
      UtxoLedgerTransaction transaction, List<AssetState> inputs, List<AssetState> outputs) {
    require(inputs.size() == 1 && outputs.size() == 1, UPDATE_ONE_TO_ONE);
    AssetState before = inputs.get(0);
    AssetState after = outputs.get(0);
    require(before.getStatus() != AssetStatus.RETIRED, RETIRED_IS_FINAL);
    require(before.getAssetId().equals(after.getAssetId()), ASSET_ID_IMMUTABLE);
    require(before.getInstrumentId().equals(after.getInstrumentId()), INSTRUMENT_ID_IMMUTABLE);
    require(before.getKind() == after.getKind(), KIND_IMMUTABLE);
    require(
        before.getIssuer().equals(after.getIssuer())
            && before.getIssuerKey().equals(after.getIssuerKey()),
        ISSUER_IMMUTABLE);
    verifyWellFormed(after);
    // A handover to a new trustee needs both the outgoing and the incoming trustee.
    requireSigned(
        transaction, List.of(before.getTrusteeKey(), after.getTrusteeKey()), TRUSTEE_MUST_SIGN);
  }

  private static void verifyWellFormed(AssetState asset) {
    require(!isBlank(asset.getAssetId()), ASSET_ID_REQUIRED);
    require(!isBlank(asset.getInstrumentId()), INSTRUMENT_ID_REQUIRED);
    require(!isBlank(asset.getDiligenceDigest()), DIGEST_REQUIRED);
    require(isSha256Hex(asset.getDiligenceDigest()), DIGEST_MALFORMED);
    require(asset.getValuationMinorUnits() > 0, VALUATION_NOT_POSITIVE);
    require(isIsoCurrency(asset.getValuationCurrency()), INVALID_CURRENCY);
  }
}
