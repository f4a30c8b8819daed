package org.cornerstone.financing.application;

/** An onboarded supply-chain organisation a PvP may be instructed with. */
public record CounterpartyView(String id, String name, String kind) {}
