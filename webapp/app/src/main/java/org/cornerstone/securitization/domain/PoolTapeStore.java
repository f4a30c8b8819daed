package org.cornerstone.securitization.domain;

import java.util.List;
import java.util.Optional;
import org.cornerstone.waterfall.tape.Loan;

/** Where the loan tapes of deals are kept (one per deal). */
public interface PoolTapeStore {
  Optional<PoolTape> find(String dealId);

  /** The tape's loans in the order of the file. */
  List<Loan> loans(String dealId);

  /** Replaces the deal's tape and all its loans at once. */
  void replace(PoolTape tape, List<Loan> loans);

  /** Removes the deal's tape and its loans (nothing when it has none). */
  void remove(String dealId);

  /** Records the tape as assigned to the SPV at closing. */
  void assign(String dealId, PoolTape.Assignment assignment);
}
