package org.cornerstone.cordapp.token;

import static org.cornerstone.cordapp.common.Rules.isBlank;
import static org.cornerstone.cordapp.common.Rules.require;
import static org.cornerstone.cordapp.common.Rules.requireSigned;
import static org.cornerstone.cordapp.common.Rules.singleCommand;
import static org.cornerstone.cordapp.common.Rules.sumByType;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.TimeWindow;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.common.ReasonedCommand;
import org.cornerstone.cordapp.common.SimpleCommand;

/**
 * Rules for {@link AssetTokenState} holdings. An instrument is one instrument id from one issuer;
 * its supply changes only by {@code Issue} and {@code Redeem}, every other command conserves it and
 * keeps the instrument of what it consumes. Tokens are issued against the {@link AssetState} whose
 * {@link AssetState#getInstrumentId() instrument id} they carry.
 *
 * <p><b>DvP.</b> A delivery-versus-payment transaction carries {@link Commands.DvP} and {@link
 * CashTokenContract.Commands.DvP}. This contract checks the asset leg (balanced, sellers and
 * registrar sign, tokens reach a buyer who pays cash in the same transaction); {@link
 * CashTokenContract} checks the cash leg the same way. Corda runs the contract of every input and
 * output state and notarises the transaction as a whole, so either both legs are valid and commit
 * together or nothing commits: atomic by construction, with no escrow step.
 *
 * <p><b>Acquisition time</b> ({@link AssetTokenState#getAcquiredAt()}, ADR 0008: the registrar's
 * holding-period check reads it). For {@code Issue}, {@code Move}, {@code DvP} and {@code Redeem}:
 * a holding to a party that consumes no holding of that instrument in the transaction (a receiver)
 * carries the upper bound of the transaction's time window (null when the transaction has none, as
 * on the embedded ledger; Corda 5 always has one); a holding back to a party that does (change)
 * carries the latest {@code acquiredAt} of that party's consumed holdings. {@code Freeze} and
 * {@code Unfreeze} keep it (only the flag changes); {@code ForcedTransfer} (recovery, court order)
 * gives every output the latest {@code acquiredAt} of the consumed holdings of its instrument.
 *
 * <p><b>Carried freeze.</b> A {@code ForcedTransfer} may produce frozen holdings (a recovery keeps
 * the lost identity's freeze on the new one), but never more frozen tokens of an instrument than it
 * consumed frozen: only {@code Freeze} freezes.
 */
public final class AssetTokenContract implements Contract {

  public static final String ONE_COMMAND =
      "A token transaction must carry exactly one AssetTokenContract command.";
  public static final String ISSUE_NO_INPUTS = "Issue must not consume existing asset tokens.";
  public static final String NON_POSITIVE_QUANTITY = "Every holding must have a positive quantity.";
  public static final String ISSUER_MUST_SIGN = "The issuer must sign.";
  public static final String HOLDER_MUST_SIGN = "Every holder of a consumed holding must sign.";
  public static final String REGISTRAR_MUST_SIGN = "The registrar must sign.";
  public static final String INSTRUMENT_ID_REQUIRED =
      "Every holding needs a non-blank instrument id.";
  public static final String ASSET_NOT_IN_TRANSACTION =
      "Issue needs the AssetState of the same instrument id as a reference or an output.";
  public static final String ASSET_DIGEST_MISSING =
      "The asset behind an issue must carry its diligence digest.";
  public static final String ASSET_NOT_ACTIVE = "Tokens can be issued only for an ACTIVE asset.";
  public static final String ISSUER_NOT_ASSET_ISSUER =
      "The token issuer must be the issuer of the asset.";
  public static final String REGISTRAR_NOT_ASSET_REGISTRAR =
      "The token registrar must be the registrar of the asset.";
  public static final String UNBALANCED =
      "Inputs and outputs of each instrument must sum to the same quantity.";
  public static final String QUANTITY_OVERFLOW = "The quantities overflow a long.";
  public static final String FROZEN_HOLDING = "A frozen holding cannot move.";
  public static final String OUTPUT_FROZEN =
      "Only the registrar's Freeze command may produce a frozen holding.";
  public static final String REGISTRAR_CHANGED =
      "All holdings of one instrument must name the same registrar.";
  public static final String REDEEM_MUST_REDUCE_SUPPLY =
      "Redeem must reduce the supply of every instrument it touches.";
  public static final String REDEEM_CHANGE_TO_STRANGER =
      "Redeem may return change only to a redeeming holder.";
  public static final String REASON_REQUIRED = "The registrar must state a reason.";
  public static final String FREEZE_ONE_TO_ONE =
      "Freeze and Unfreeze must pair each consumed holding with one produced holding"
          + " (the last one may be split into its flipped part and the remainder).";
  public static final String FREEZE_CHANGES_FLAG_ONLY =
      "Freeze and Unfreeze may change only the frozen flag.";
  public static final String ALREADY_FROZEN = "The holding is already frozen.";
  public static final String NOT_FROZEN = "The holding is not frozen.";
  public static final String DVP_CASH_LEG_MISSING =
      "A DvP needs a cash leg: cash inputs under CashTokenContract's DvP command.";
  public static final String ACQUIRED_AT_RECEIVER =
      "A receiver's holding must carry acquiredAt = the upper bound of the time window.";
  public static final String ACQUIRED_AT_KEPT =
      "A holding back to a sender must keep the latest acquiredAt of that sender's holdings.";
  public static final String ACQUIRED_AT_FORCED =
      "A forced transfer must keep the latest acquiredAt of the consumed holdings.";
  public static final String FORCED_FREEZE_GROWS =
      "A forced transfer may carry a freeze but not freeze more tokens than it consumed frozen.";
  public static final String DVP_ASSET_NOT_DELIVERED =
      "In a DvP the asset tokens must go to a buyer who pays the cash.";

  /** The commands of this contract; a transaction carries exactly one of them. */
  public interface Commands extends Command {

    /** Creates supply against an approved asset. Signed by the issuer. */
    final class Issue extends SimpleCommand implements Commands {}

    /** Transfers holdings. Signed by every sending holder and the registrar. */
    final class Move extends SimpleCommand implements Commands {}

    /** Removes supply. Signed by the issuer and every redeeming holder. */
    final class Redeem extends SimpleCommand implements Commands {}

    /** The asset leg of a delivery-versus-payment; see the class comment. */
    final class DvP extends SimpleCommand implements Commands {}

    /**
     * Blocks holdings (sanctions, dispute), wholly or in part (the last holding split into a frozen
     * part and the unfrozen remainder). Signed by the registrar.
     */
    final class Freeze extends ReasonedCommand implements Commands {
      public Freeze(String reason) {
        super(reason);
      }
    }

    /** Lifts a freeze. Signed by the registrar. */
    final class Unfreeze extends ReasonedCommand implements Commands {
      public Unfreeze(String reason) {
        super(reason);
      }
    }

    /**
     * Moves holdings without the holders' signatures (court order, lost keys). Signed by the
     * registrar; frozen holdings may be moved this way, and their freeze carried to the outputs.
     */
    final class ForcedTransfer extends ReasonedCommand implements Commands {
      public ForcedTransfer(String reason) {
        super(reason);
      }
    }
  }

  @Override
  public void verify(UtxoLedgerTransaction transaction) {
    Commands command = singleCommand(transaction, Commands.class, ONE_COMMAND);
    List<AssetTokenState> inputs = transaction.getInputStates(AssetTokenState.class);
    List<AssetTokenState> outputs = transaction.getOutputStates(AssetTokenState.class);
    if (command instanceof Commands.Issue) {
      verifyIssue(transaction, inputs, outputs);
      verifyAcquiredAt(transaction, inputs, outputs);
    } else if (command instanceof Commands.Move) {
      verifyTransfer(transaction, inputs, outputs, true);
      verifyAcquiredAt(transaction, inputs, outputs);
    } else if (command instanceof Commands.DvP) {
      verifyTransfer(transaction, inputs, outputs, true);
      verifyDvp(transaction, inputs, outputs);
      verifyAcquiredAt(transaction, inputs, outputs);
    } else if (command instanceof Commands.ForcedTransfer forced) {
      require(!isBlank(forced.getReason()), REASON_REQUIRED);
      verifyTransfer(transaction, inputs, outputs, false);
      verifyForcedAcquiredAt(inputs, outputs);
    } else if (command instanceof Commands.Redeem) {
      verifyRedeem(transaction, inputs, outputs);
      verifyAcquiredAt(transaction, inputs, outputs);
    } else if (command instanceof Commands.Freeze freeze) {
      verifyFreeze(transaction, inputs, outputs, true, freeze.getReason());
    } else if (command instanceof Commands.Unfreeze unfreeze) {
      verifyFreeze(transaction, inputs, outputs, false, unfreeze.getReason());
    } else {
      throw new IllegalArgumentException(ONE_COMMAND);
    }
  }

  private static void verifyIssue(
      UtxoLedgerTransaction transaction,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs) {
    require(inputs.isEmpty(), ISSUE_NO_INPUTS);
    requireWellFormedOutputs(outputs);
    List<AssetState> assets =
        Stream.concat(
                transaction.getReferenceStates(AssetState.class).stream(),
                transaction.getOutputStates(AssetState.class).stream())
            .toList();
    for (AssetTokenState token : outputs) {
      List<AssetState> backing =
          assets.stream().filter(a -> a.getInstrumentId().equals(token.getInstrumentId())).toList();
      require(!backing.isEmpty(), ASSET_NOT_IN_TRANSACTION);
      for (AssetState asset : backing) {
        require(!isBlank(asset.getDiligenceDigest()), ASSET_DIGEST_MISSING);
        require(asset.getStatus() == AssetStatus.ACTIVE, ASSET_NOT_ACTIVE);
        require(
            asset.getIssuer().equals(token.getIssuer())
                && asset.getIssuerKey().equals(token.getIssuerKey()),
            ISSUER_NOT_ASSET_ISSUER);
        require(
            asset.getRegistrar().equals(token.getRegistrar())
                && asset.getRegistrarKey().equals(token.getRegistrarKey()),
            REGISTRAR_NOT_ASSET_REGISTRAR);
      }
    }
    requireSigned(transaction, keys(outputs, AssetTokenState::getIssuerKey), ISSUER_MUST_SIGN);
  }

  /** Move, DvP and ForcedTransfer: the supply of each instrument is conserved. */
  private static void verifyTransfer(
      UtxoLedgerTransaction transaction,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs,
      boolean byHolders) {
    if (byHolders) {
      requireWellFormedOutputs(outputs);
      require(inputs.stream().noneMatch(AssetTokenState::isFrozen), FROZEN_HOLDING);
    } else {
      requireWellFormed(outputs);
      Map<Object, Long> frozenIn = sums(inputs.stream().filter(AssetTokenState::isFrozen).toList());
      Map<Object, Long> frozenOut =
          sums(outputs.stream().filter(AssetTokenState::isFrozen).toList());
      for (Map.Entry<Object, Long> out : frozenOut.entrySet()) {
        require(out.getValue() <= frozenIn.getOrDefault(out.getKey(), 0L), FORCED_FREEZE_GROWS);
      }
    }
    require(sums(inputs).equals(sums(outputs)), UNBALANCED);
    requireOneRegistrarPerInstrument(inputs, outputs);
    if (byHolders) {
      requireSigned(transaction, keys(inputs, AssetTokenState::getHolderKey), HOLDER_MUST_SIGN);
    }
    requireSigned(transaction, keys(inputs, AssetTokenState::getRegistrarKey), REGISTRAR_MUST_SIGN);
  }

  /** The asset leg delivers to someone who pays cash in this transaction (see class comment). */
  private static void verifyDvp(
      UtxoLedgerTransaction transaction,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs) {
    List<CashTokenState> cashInputs = transaction.getInputStates(CashTokenState.class);
    require(
        !cashInputs.isEmpty()
            && !transaction.getCommands(CashTokenContract.Commands.DvP.class).isEmpty(),
        DVP_CASH_LEG_MISSING);
    Set<PublicKey> sellers = keys(inputs, AssetTokenState::getHolderKey);
    Set<PublicKey> buyers = new HashSet<>();
    cashInputs.forEach(cash -> buyers.add(cash.getHolderKey()));
    buyers.removeAll(sellers);
    require(
        outputs.stream().anyMatch(token -> buyers.contains(token.getHolderKey())),
        DVP_ASSET_NOT_DELIVERED);
  }

  private static void verifyRedeem(
      UtxoLedgerTransaction transaction,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs) {
    requireWellFormedOutputs(outputs);
    require(inputs.stream().noneMatch(AssetTokenState::isFrozen), FROZEN_HOLDING);
    Set<PublicKey> holders = keys(inputs, AssetTokenState::getHolderKey);
    require(
        outputs.stream().allMatch(change -> holders.contains(change.getHolderKey())),
        REDEEM_CHANGE_TO_STRANGER);
    Map<Object, Long> before = sums(inputs);
    Map<Object, Long> after = sums(outputs);
    Set<Object> instruments = new HashSet<>(before.keySet());
    instruments.addAll(after.keySet());
    for (Object instrument : instruments) {
      require(
          after.getOrDefault(instrument, 0L) < before.getOrDefault(instrument, 0L),
          REDEEM_MUST_REDUCE_SUPPLY);
    }
    requireOneRegistrarPerInstrument(inputs, outputs);
    requireSigned(transaction, keys(inputs, AssetTokenState::getIssuerKey), ISSUER_MUST_SIGN);
    requireSigned(transaction, holders, HOLDER_MUST_SIGN);
  }

  /**
   * Outputs are positionally paired with inputs: output i is input i with the flag set. The last
   * input may instead be split, for a freeze of part of a holding: its flipped part of a smaller
   * quantity, then one extra output with the remainder and the flag unchanged.
   */
  private static void verifyFreeze(
      UtxoLedgerTransaction transaction,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs,
      boolean freeze,
      String reason) {
    require(!isBlank(reason), REASON_REQUIRED);
    int count = inputs.size();
    boolean split = outputs.size() == count + 1;
    require(count > 0 && (outputs.size() == count || split), FREEZE_ONE_TO_ONE);
    for (int i = 0; i < count; i++) {
      AssetTokenState input = inputs.get(i);
      require(input.isFrozen() != freeze, freeze ? ALREADY_FROZEN : NOT_FROZEN);
      if (split && i == count - 1) {
        AssetTokenState part = outputs.get(i);
        AssetTokenState remainder = outputs.get(i + 1);
        long partQuantity = part.getQuantity();
        require(
            partQuantity > 0
                && partQuantity < input.getQuantity()
                && part.equals(input.withQuantity(partQuantity).withFrozen(freeze))
                && remainder.equals(input.withQuantity(input.getQuantity() - partQuantity)),
            FREEZE_CHANGES_FLAG_ONLY);
      } else {
        require(outputs.get(i).equals(input.withFrozen(freeze)), FREEZE_CHANGES_FLAG_ONLY);
      }
    }
    requireSigned(transaction, keys(inputs, AssetTokenState::getRegistrarKey), REGISTRAR_MUST_SIGN);
  }

  /**
   * A receiver's holding (its holder consumes no holding of the instrument here) carries the time
   * window's upper bound; change carries the latest {@code acquiredAt} of its holder's inputs.
   */
  private static void verifyAcquiredAt(
      UtxoLedgerTransaction transaction,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs) {
    Instant received = windowUntil(transaction);
    Map<Object, Optional<Instant>> latest = new HashMap<>();
    for (AssetTokenState input : inputs) {
      latest.merge(
          List.of(instrument(input), input.getHolderKey()),
          Optional.ofNullable(input.getAcquiredAt()),
          AssetTokenContract::later);
    }
    for (AssetTokenState output : outputs) {
      Optional<Instant> kept = latest.get(List.of(instrument(output), output.getHolderKey()));
      if (kept != null) {
        require(Objects.equals(output.getAcquiredAt(), kept.orElse(null)), ACQUIRED_AT_KEPT);
      } else {
        require(Objects.equals(output.getAcquiredAt(), received), ACQUIRED_AT_RECEIVER);
      }
    }
  }

  /**
   * Every output keeps the latest {@code acquiredAt} of the consumed holdings of its instrument.
   */
  private static void verifyForcedAcquiredAt(
      List<AssetTokenState> inputs, List<AssetTokenState> outputs) {
    Map<Object, Optional<Instant>> latest = new HashMap<>();
    for (AssetTokenState input : inputs) {
      latest.merge(
          instrument(input), Optional.ofNullable(input.getAcquiredAt()), AssetTokenContract::later);
    }
    for (AssetTokenState output : outputs) {
      Instant kept = latest.getOrDefault(instrument(output), Optional.empty()).orElse(null);
      require(Objects.equals(output.getAcquiredAt(), kept), ACQUIRED_AT_FORCED);
    }
  }

  /** The later of two known instants; an unknown one gives way to a known one. */
  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isAfter(b.get()) ? a : b;
  }

  /** The time window's upper bound; null without a time window (the embedded ledger's drafts). */
  private static Instant windowUntil(UtxoLedgerTransaction transaction) {
    TimeWindow window = transaction.getTimeWindow();
    return window == null ? null : window.getUntil();
  }

  private static void requireWellFormedOutputs(List<AssetTokenState> outputs) {
    requireWellFormed(outputs);
    require(outputs.stream().noneMatch(AssetTokenState::isFrozen), OUTPUT_FROZEN);
  }

  private static void requireWellFormed(List<AssetTokenState> outputs) {
    require(
        outputs.stream().noneMatch(token -> isBlank(token.getInstrumentId())),
        INSTRUMENT_ID_REQUIRED);
    require(outputs.stream().allMatch(token -> token.getQuantity() > 0), NON_POSITIVE_QUANTITY);
  }

  private static void requireOneRegistrarPerInstrument(
      List<AssetTokenState> inputs, List<AssetTokenState> outputs) {
    Map<Object, Set<PublicKey>> registrars = new HashMap<>();
    for (AssetTokenState token : concat(inputs, outputs)) {
      registrars
          .computeIfAbsent(instrument(token), k -> new HashSet<>())
          .add(token.getRegistrarKey());
    }
    require(registrars.values().stream().allMatch(keys -> keys.size() == 1), REGISTRAR_CHANGED);
  }

  /** An instrument is one instrument id from one issuer (name and key). */
  private static Object instrument(AssetTokenState token) {
    return List.of(token.getInstrumentId(), token.getIssuer(), token.getIssuerKey());
  }

  private static Map<Object, Long> sums(List<AssetTokenState> tokens) {
    return sumByType(
        tokens, AssetTokenContract::instrument, AssetTokenState::getQuantity, QUANTITY_OVERFLOW);
  }

  private static Set<PublicKey> keys(
      List<AssetTokenState> tokens, Function<AssetTokenState, PublicKey> key) {
    Set<PublicKey> keys = new HashSet<>();
    tokens.forEach(token -> keys.add(key.apply(token)));
    return keys;
  }

  private static List<AssetTokenState> concat(
      List<AssetTokenState> first, List<AssetTokenState> second) {
    List<AssetTokenState> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
