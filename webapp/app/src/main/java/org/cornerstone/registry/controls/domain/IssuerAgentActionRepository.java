package org.cornerstone.registry.controls.domain;

import java.util.List;
import java.util.Optional;

/** Where issuer-agent actions, their evidence and instruments' pauses are kept. */
public interface IssuerAgentActionRepository {
  void add(IssuerAgentAction action, ActionEvidence evidence);

  Optional<IssuerAgentAction> find(String actionId);

  /** The action, locked for the rest of the transaction (the execution step). */
  Optional<IssuerAgentAction> findForUpdate(String actionId);

  /** The actions on one instrument, newest first. */
  List<IssuerAgentAction> ofInstrument(String instrumentId);

  /** Every action, newest first. */
  List<IssuerAgentAction> all();

  /** The actions whose holder or recipient is this party (X.500 name), newest first. */
  List<IssuerAgentAction> affecting(String party);

  Optional<ActionEvidence> evidence(String actionId);

  Optional<InstrumentPause> pause(String instrumentId);

  /** The pause record of an instrument, locked, if it has one. */
  Optional<InstrumentPause> pauseForUpdate(String instrumentId);

  /** Records an instrument's first pause. */
  void addPause(InstrumentPause pause);

  /** The ids of every instrument, for the registrar's picker. */
  List<String> instrumentIds();
}
