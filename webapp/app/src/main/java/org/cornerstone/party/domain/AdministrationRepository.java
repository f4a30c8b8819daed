package org.cornerstone.party.domain;

import java.util.List;
import java.util.Optional;

/** Organisations by identity and the administration audit trail. */
public interface AdministrationRepository {
  List<Organisation> organisations();

  Optional<Organisation> findOrganisationByX500Name(String x500Name);

  void record(AdminAuditEntry entry);

  /** Newest first. */
  List<AdminAuditEntry> auditTrail(int limit);
}
