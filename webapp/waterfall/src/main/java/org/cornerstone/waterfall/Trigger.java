package org.cornerstone.waterfall;

import java.math.BigDecimal;

/**
 * A trigger of the deal file.
 *
 * @param tranche for OC and IC the tranche tested (with all senior to it); {@code null} otherwise
 * @param curable whether the trigger is cured when its test passes again; a non-curable trigger
 *     stays breached once breached
 */
public record Trigger(
    String name,
    TriggerTest test,
    String tranche,
    BigDecimal threshold,
    boolean curable,
    TriggerEffect effect) {}
