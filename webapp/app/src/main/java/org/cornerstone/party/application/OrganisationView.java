package org.cornerstone.party.application;

/** An organisation as other contexts see it: its name and its identity on the ledger. */
public record OrganisationView(String id, String name, String x500Name) {}
