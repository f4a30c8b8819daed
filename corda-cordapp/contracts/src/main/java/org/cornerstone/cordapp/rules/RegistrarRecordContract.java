package org.cornerstone.cordapp.rules;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.common.SimpleCommand;

/**
 * Rules for the registrar's own records that its responders read before they sign (ADR 0008): an
 * investor's eligibility ({@link InvestorEligibilityState}, one per investor) and an instrument's
 * pause ({@link InstrumentPauseState}, one per instrument). {@code Record} creates a record or
 * replaces the current one of the same investor or instrument; {@code Revoke} ends eligibility
 * records without a successor. The registrar of every record signs and never changes.
 */
public final class RegistrarRecordContract implements Contract {

  public static final String ONE_COMMAND = "A registrar's record needs exactly one command.";
  public static final String RECORD_NEEDS_OUTPUT = "Recording needs at least one record.";
  public static final String ONE_PER_SUBJECT =
      "A transaction records at most one record per investor or instrument.";
  public static final String REPLACES_SAME_SUBJECT =
      "A record replaces only the current record of the same investor or instrument, by the same"
          + " registrar.";
  public static final String REVOKE_NO_OUTPUT =
      "Revoking consumes eligibility records and creates none.";
  public static final String REVOKE_ONLY_ELIGIBILITY =
      "Only eligibility records can be revoked; a pause is lifted by recording a resume.";
  public static final String BAD_CATEGORY =
      "An investor's category is one of RETAIL, QUALIFIED, INSTITUTIONAL.";
  public static final String BAD_COUNTRY =
      "An investor's country is an ISO 3166-1 alpha-2 code (two capital letters).";
  public static final String REASON_REQUIRED = "A pause or resume needs a reason.";
  public static final String REGISTRAR_MUST_SIGN = "The registrar must sign its records.";

  /** The investor categories the app knows. */
  public static final Set<String> CATEGORIES = Set.of("RETAIL", "QUALIFIED", "INSTITUTIONAL");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** The commands of this contract. */
  public interface Commands extends Command {
    /** Creates or replaces records. Signed by their registrar. */
    final class Record extends SimpleCommand implements Commands {}

    /** Ends eligibility records without a successor. Signed by their registrar. */
    final class Revoke extends SimpleCommand implements Commands {}
  }

  @Override
  public void verify(UtxoLedgerTransaction tx) {
    List<Commands> commands = tx.getCommands(Commands.class);
    check(commands.size() == 1, ONE_COMMAND);
    List<InvestorEligibilityState> eligibilityIn =
        tx.getInputStates(InvestorEligibilityState.class);
    List<InvestorEligibilityState> eligibilityOut =
        tx.getOutputStates(InvestorEligibilityState.class);
    List<InstrumentPauseState> pauseIn = tx.getInputStates(InstrumentPauseState.class);
    List<InstrumentPauseState> pauseOut = tx.getOutputStates(InstrumentPauseState.class);
    if (commands.get(0) instanceof Commands.Revoke) {
      check(eligibilityOut.isEmpty() && pauseOut.isEmpty(), REVOKE_NO_OUTPUT);
      check(pauseIn.isEmpty(), REVOKE_ONLY_ELIGIBILITY);
    } else {
      check(!eligibilityOut.isEmpty() || !pauseOut.isEmpty(), RECORD_NEEDS_OUTPUT);
      replaces(
          eligibilityIn,
          eligibilityOut,
          InvestorEligibilityState::getInvestor,
          InvestorEligibilityState::getRegistrar);
      replaces(
          pauseIn,
          pauseOut,
          InstrumentPauseState::getInstrumentId,
          InstrumentPauseState::getRegistrar);
      for (InvestorEligibilityState e : eligibilityOut) {
        check(CATEGORIES.contains(e.getCategory()), BAD_CATEGORY);
        check(COUNTRY.matcher(e.getCountry()).matches(), BAD_COUNTRY);
      }
      for (InstrumentPauseState p : pauseOut) {
        check(!p.getReason().isBlank(), REASON_REQUIRED);
      }
    }
    Set<PublicKey> registrars = new HashSet<>();
    eligibilityIn.forEach(s -> registrars.add(s.getRegistrarKey()));
    eligibilityOut.forEach(s -> registrars.add(s.getRegistrarKey()));
    pauseIn.forEach(s -> registrars.add(s.getRegistrarKey()));
    pauseOut.forEach(s -> registrars.add(s.getRegistrarKey()));
    check(tx.getSignatories().containsAll(registrars), REGISTRAR_MUST_SIGN);
  }

  /** Each output's subject at most once; each input replaced by the output of its subject. */
  private static <S, K> void replaces(
      List<S> inputs,
      List<S> outputs,
      Function<S, K> subject,
      Function<S, MemberX500Name> registrar) {
    Map<K, S> bySubject = new HashMap<>();
    for (S out : outputs) {
      check(bySubject.put(subject.apply(out), out) == null, ONE_PER_SUBJECT);
    }
    Set<K> replaced = new HashSet<>();
    for (S in : inputs) {
      S out = bySubject.get(subject.apply(in));
      check(
          out != null
              && registrar.apply(in).equals(registrar.apply(out))
              && replaced.add(subject.apply(in)),
          REPLACES_SAME_SUBJECT);
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
