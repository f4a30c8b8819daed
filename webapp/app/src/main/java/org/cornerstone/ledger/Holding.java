package org.cornerstone.ledger;

/** How many whole tokens of an asset one holder has (unconsumed states summed). */
public record Holding(String assetId, String holder, long quantity) {}
