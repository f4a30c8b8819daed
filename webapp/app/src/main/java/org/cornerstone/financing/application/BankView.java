package org.cornerstone.financing.application;

/** A settlement bank whose cash tokens a PvP leg may use. */
public record BankView(String id, String name) {}
