package org.cornerstone.financing.domain;

import java.util.List;
import java.util.Optional;

/** Where PvP instructions are kept (table {@code financing_pvp}). */
public interface PvpInstructionRepository {
  Optional<PvpInstruction> find(String id);

  /** The instruction, locked for a decision (one acceptance at a time). */
  Optional<PvpInstruction> findForUpdate(String id);

  /** The instruction a user made with a client key (a repeated request answers the first). */
  Optional<PvpInstruction> findByClientKey(String instructedBy, String clientKey);

  /** Every PvP the organisation is a party of (A or B), the newest first. */
  List<PvpInstruction> ofParty(String organisationId);

  void add(PvpInstruction instruction);
}
