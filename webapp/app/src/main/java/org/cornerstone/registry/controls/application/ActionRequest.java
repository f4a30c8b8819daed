package org.cornerstone.registry.controls.application;

/**
 * What the registrar asks for. Figures arrive as text, so every problem gets the same message in
 * the browser and the API.
 *
 * @param kind FREEZE, UNFREEZE, PAUSE, RESUME, FORCED_TRANSFER or RECOVERY
 * @param holder the holder's X.500 name (not for a pause or resume)
 * @param recipient who receives the tokens (forced transfer, recovery)
 * @param quantity whole tokens (forced transfer; a freeze or unfreeze without one takes the whole)
 */
public record ActionRequest(
    String kind, String holder, String recipient, String quantity, String reason) {}
