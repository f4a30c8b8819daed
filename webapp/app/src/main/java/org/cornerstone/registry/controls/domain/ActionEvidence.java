package org.cornerstone.registry.controls.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cornerstone.shared.documents.StoredDocument;

/**
 * The evidence behind an issuer-agent action (a court order, a death certificate, a sanctions
 * notice): a PDF stored with the request in one transaction and fingerprinted with SHA-256, so the
 * trustee and the audit can tell exactly which file the action rests on.
 */
@Entity
@Table(name = "issuer_agent_action_evidence")
public class ActionEvidence extends StoredDocument {
  @Column(name = "action_id", nullable = false, unique = true)
  private String actionId;

  protected ActionEvidence() {}

  public ActionEvidence(
      String id,
      String actionId,
      String fileName,
      String mediaType,
      byte[] content,
      String sha256,
      Instant uploadedAt) {
    super(id, fileName, mediaType, content, sha256, uploadedAt);
    this.actionId = actionId;
  }

  public String actionId() {
    return actionId;
  }
}
