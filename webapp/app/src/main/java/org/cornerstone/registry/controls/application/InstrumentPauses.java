package org.cornerstone.registry.controls.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cornerstone.registry.controls.domain.IssuerAgentActionRepository;

/**
 * Whether an instrument is paused: the registry's answer for the pre-transfer check (reason code
 * {@value #INSTRUMENT_PAUSED}) and every transfer. A paused instrument refuses every transfer by
 * its holders; the registrar's forced transfer and recovery still run.
 */
@ApplicationScoped
@Transactional
public class InstrumentPauses {
  /** The reason code of a transfer refused because the instrument is paused. */
  public static final String INSTRUMENT_PAUSED = "INSTRUMENT_PAUSED";

  @Inject IssuerAgentActionRepository actions;

  public InstrumentPauses() {}

  InstrumentPauses(IssuerAgentActionRepository actions) {
    this.actions = actions;
  }

  /** Whether the instrument is paused now. */
  public boolean paused(String instrumentId) {
    return pause(instrumentId).map(PauseView::paused).orElse(false);
  }

  /** The instrument's last pause or resume, if it ever had one. */
  public Optional<PauseView> pause(String instrumentId) {
    return actions
        .pause(instrumentId)
        .map(
            p ->
                new PauseView(
                    p.instrumentId(),
                    p.paused(),
                    p.changedBy(),
                    p.reason(),
                    p.changedAt(),
                    p.actionId()));
  }
}
