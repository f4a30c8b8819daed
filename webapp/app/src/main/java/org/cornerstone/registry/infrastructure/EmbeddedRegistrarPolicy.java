package org.cornerstone.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.ledger.embedded.Register;
import org.cornerstone.ledger.embedded.RegistrarPolicy;
import org.cornerstone.ledger.embedded.RegistrarRefusedException;
import org.cornerstone.registry.application.TransferCheckAnswer;
import org.cornerstone.registry.application.TransferChecks;
import org.cornerstone.registry.controls.application.InstrumentPauses;

/**
 * The registrar's transfer rules where the embedded ledger signs: before the registrar's signature
 * on a transfer ({@code Move}) or the asset leg of a DvP, each instrument's rule set is checked
 * against the holdings read under the instrument's lock (so the holder count is exact when
 * transfers race), and a paused instrument refuses every transfer. A forced transfer is the
 * registrar's own act and is not checked; issuance, redemption and freezes are not transfers.
 */
@ApplicationScoped
public class EmbeddedRegistrarPolicy implements RegistrarPolicy {
  static final String PAUSED = "The registrar paused %s: no transfer until it resumes.";

  @Inject TransferChecks checks;
  @Inject InstrumentPauses pauses;

  @Override
  public void check(UtxoLedgerTransaction tx, Register register) throws SQLException {
    if (tx.getCommands(AssetTokenContract.Commands.Move.class).isEmpty()
        && tx.getCommands(AssetTokenContract.Commands.DvP.class).isEmpty()) {
      return;
    }
    // instruments in id order, so that two transactions lock them in the same order
    Map<String, List<AssetTokenState>> inputs =
        new TreeMap<>(byInstrument(tx.getInputStates(AssetTokenState.class)));
    Map<String, List<AssetTokenState>> outputs =
        byInstrument(tx.getOutputStates(AssetTokenState.class));
    List<String> codes = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (var entry : inputs.entrySet()) {
      String instrumentId = entry.getKey();
      register.lockInstrument(instrumentId);
      // a pause by the registrar (issuer-agent control) stops every transfer of the instrument
      if (pauses.paused(instrumentId)) {
        codes.add(InstrumentPauses.INSTRUMENT_PAUSED);
        messages.add(String.format(PAUSED, instrumentId));
      }
      // the sender: the holder of the largest consumed holding (a transfer has one)
      AssetTokenState sender =
          entry.getValue().stream()
              .max((a, b) -> Long.compare(a.getQuantity(), b.getQuantity()))
              .orElseThrow();
      String from = sender.getHolder().toString();
      Map<String, Long> recipients = new LinkedHashMap<>();
      for (AssetTokenState out : outputs.getOrDefault(instrumentId, List.of())) {
        String to = out.getHolder().toString();
        if (entry.getValue().stream().noneMatch(in -> in.getHolder().toString().equals(to))) {
          recipients.merge(to, out.getQuantity(), Long::sum);
        }
      }
      Map<String, Long> holdings = holdings(register, instrumentId);
      // the issuer's own tokens were issued, not bought: no holding period for them
      Optional<Instant> lastPurchase =
          sender.getHolder().equals(sender.getIssuer())
              ? Optional.empty()
              : register.lastIncrease(
                  instrumentId,
                  sender.getHolderKey(),
                  AssetTokenState.class,
                  AssetTokenState::getQuantity);
      for (var recipient : recipients.entrySet()) {
        long fromHolding = holdings.getOrDefault(from, 0L);
        long toHolding = holdings.getOrDefault(recipient.getKey(), 0L);
        TransferCheckAnswer answer =
            checks.checkOnLedger(
                instrumentId,
                from,
                recipient.getKey(),
                recipient.getValue(),
                fromHolding,
                toHolding,
                (int) holdings.values().stream().filter(q -> q > 0).count(),
                lastPurchase);
        answer
            .reasons()
            .forEach(
                r -> {
                  codes.add(r.code());
                  messages.add(r.message());
                });
        // the next recipient is checked against the holdings after this one
        holdings.put(from, fromHolding - recipient.getValue());
        holdings.put(recipient.getKey(), toHolding + recipient.getValue());
      }
    }
    if (!codes.isEmpty()) {
      throw new RegistrarRefusedException(codes, String.join(" ", messages));
    }
  }

  private static Map<String, List<AssetTokenState>> byInstrument(List<AssetTokenState> states) {
    Map<String, List<AssetTokenState>> by = new LinkedHashMap<>();
    states.forEach(s -> by.computeIfAbsent(s.getInstrumentId(), k -> new ArrayList<>()).add(s));
    return by;
  }

  /** Each holder's committed, unconsumed quantity of the instrument, by X.500 name. */
  private static Map<String, Long> holdings(Register register, String instrumentId)
      throws SQLException {
    Map<String, Long> by = new HashMap<>();
    for (StateAndRef<?> s : register.unconsumedStates(instrumentId)) {
      if (s.getState().getContractState() instanceof AssetTokenState t) {
        by.merge(t.getHolder().toString(), t.getQuantity(), Long::sum);
      }
    }
    return by;
  }
}
