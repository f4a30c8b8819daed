package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.DocumentType;

/**
 * What the submission form asks for: each document type of the kind, required or optional as the
 * decision table {@code required-documents} says for the jurisdiction, so the form never calls a
 * document optional that the process then demands.
 */
@ApplicationScoped
public class DocumentChecklist {
  /** The form offers these even when the table does not require them. */
  private static final Set<DocumentType> ALWAYS_OFFERED =
      EnumSet.of(
          DocumentType.TITLE_DEED,
          DocumentType.APPRAISAL_REPORT,
          DocumentType.INSURANCE_CERTIFICATE,
          DocumentType.REGISTRATION_CERTIFICATE,
          DocumentType.CHAIN_OF_RIGHTS,
          DocumentType.ROYALTY_HISTORY,
          DocumentType.OTHER);

  @Inject RequiredDocuments table;

  /** One line of the checklist; {@code offered} is whether the form shows an upload for it. */
  public record Item(DocumentType type, boolean required, boolean offered) {}

  public List<Item> checklist(AssetKind kind, String jurisdiction) {
    Set<String> required =
        new HashSet<>(
            table.requiredTypes(kind.name(), jurisdiction == null ? "" : jurisdiction.strip()));
    return DocumentType.forKind(kind).stream()
        .map(
            t -> {
              boolean isRequired = required.contains(t.name());
              return new Item(t, isRequired, isRequired || ALWAYS_OFFERED.contains(t));
            })
        .toList();
  }
}
