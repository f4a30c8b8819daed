package org.cornerstone.registry.controls.application;

/** One holder of an instrument as the registrar sees it: quantity and how much of it is frozen. */
public record HolderPosition(String holder, long quantity, long frozenQuantity) {}
