package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetDocument;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.origination.domain.RiskClass;
import org.cornerstone.platform.Settings;
import org.cornerstone.review.application.DecisionLog;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.review.application.ReviewTasks;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Money;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentInspector;
import org.cornerstone.shared.documents.Fingerprint;

/**
 * Takes an originator's submission: validates everything, stores the asset with its documents and
 * starts its onboarding process, all in one transaction — a submission either fully happens or
 * leaves nothing.
 */
@ApplicationScoped
public class AssetSubmissionService {
  public static final String ONLY_ORIGINATORS = "Only originators can submit assets.";
  public static final String REQUIRED = "%s is required.";
  public static final String TOO_LONG = "%s is longer than %d characters.";
  public static final String TOKENS_NOT_WHOLE = "Number of tokens must be a whole number.";
  public static final String TOKENS_NOT_POSITIVE = "Number of tokens must be greater than zero.";
  public static final String TOKENS_TOO_MANY =
      "Number of tokens must be at most 1,000,000,000,000.";
  public static final String VALUE_NOT_NUMBER = " must be a number, e.g. 12500000.00.";
  public static final String UNKNOWN_CURRENCY =
      "Currency must be an ISO 4217 code such as CNY or USD.";
  public static final String NO_DOCUMENTS = "Attach at least one document (PDF or image).";
  public static final String TOO_MANY_DOCUMENTS = "Attach at most 20 documents.";
  public static final String ROYALTY_HISTORY_REQUIRED =
      "Attach exactly one royalty history (CSV with lines month,amount; at least 12 months).";
  public static final String NOTHING_TO_REVISE =
      "This asset is not waiting for you: nobody sent it back, or you already resubmitted.";
  public static final String RESUBMIT_EMPTY =
      "Add the documents that were asked for, or explain in a comment what you changed.";
  public static final String WRONG_DOCUMENT_TYPE = "A %s is not evidence for a %s asset.";

  @Inject AssetRepository assets;
  @Inject AssetOnboardingProcess onboarding;
  @Inject ReviewTasks tasks;
  @Inject DecisionLog decisions;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  @Transactional
  public AssetSummary submit(Actor actor, SubmitRealEstateAsset command) {
    requireOriginator(actor);
    Optional<Asset> earlier = earlierSubmission(command.submissionKey());
    if (earlier.isPresent()) {
      return AssetViews.summary(earlier.get());
    }
    List<String> problems = new ArrayList<>();
    String title = text(command.title(), "Title", 200, problems);
    String address = text(command.address(), "Address", 500, problems);
    String jurisdiction = text(command.jurisdiction(), "Jurisdiction", 100, problems);
    Money value = money(command.appraisedValue(), command.currency(), "Appraised value", problems);
    long tokens = tokens(command.tokensToIssue(), problems);
    List<DocumentUpload> documents =
        documents(command.documents(), AssetKind.REAL_ESTATE, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Asset asset =
        newAsset(
            actor,
            AssetKind.REAL_ESTATE,
            title,
            address,
            jurisdiction,
            value,
            tokens,
            command.submissionKey());
    return store(asset, documents);
  }

  /**
   * Takes a copyright. The royalty history CSV is checked here, line by line, so that the
   * originator learns of every problem at once instead of the valuation failing later.
   */
  @Transactional
  public AssetSummary submitCopyright(Actor actor, SubmitCopyrightAsset command) {
    requireOriginator(actor);
    Optional<Asset> earlier = earlierSubmission(command.submissionKey());
    if (earlier.isPresent()) {
      return AssetViews.summary(earlier.get());
    }
    List<String> problems = new ArrayList<>();
    String title = text(command.title(), "Title", 200, problems);
    String jurisdiction = text(command.jurisdiction(), "Jurisdiction", 100, problems);
    String registration = text(command.registrationNumber(), "Registration number", 100, problems);
    String authority =
        text(command.registrationAuthority(), "Registration authority", 200, problems);
    String authors = text(command.authors(), "Authors", 500, problems);
    String rightsHolder = text(command.rightsHolder(), "Rights holder", 200, problems);
    Money value = money(command.declaredValue(), command.currency(), "Declared value", problems);
    long tokens = tokens(command.tokensToIssue(), problems);
    List<DocumentUpload> documents = documents(command.documents(), AssetKind.COPYRIGHT, problems);
    List<DocumentUpload> histories =
        documents.stream().filter(d -> d.type() == DocumentType.ROYALTY_HISTORY).toList();
    if (histories.size() != 1) {
      problems.add(ROYALTY_HISTORY_REQUIRED);
    } else {
      problems.addAll(RoyaltyHistories.problems(histories.get(0).content()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Asset asset =
        newAsset(
            actor,
            AssetKind.COPYRIGHT,
            title,
            null,
            jurisdiction,
            value,
            tokens,
            command.submissionKey());
    asset.describeCopyright(registration, authority, authors, rightsHolder);
    asset.assessRisk(
        RiskClass.ofRoyaltyHistory(RoyaltyHistories.parse(histories.get(0).content()).months()));
    return store(asset, documents);
  }

  /**
   * The originator fixes what a reviewer asked for (adds documents, explains) and resubmits: the
   * process returns to the step that sent the asset back. A second resubmit of the same request
   * finds nothing to revise and changes nothing.
   */
  @Transactional
  public AssetSummary resubmit(
      Actor actor, String assetId, String comment, List<DocumentUpload> added) {
    requireOriginator(actor);
    Asset asset =
        assets
            .find(assetId)
            .filter(a -> a.originator().equals(actor.userId()))
            .orElseThrow(() -> new NotFoundException("No asset " + assetId + " of yours."));
    ReviewTask task =
        tasks
            .openTask(assetId, OnboardingTasks.TASK_REVISE_SUBMISSION)
            .orElseThrow(() -> new ConflictException(NOTHING_TO_REVISE));
    String text = comment == null ? "" : comment.strip();
    List<String> problems = new ArrayList<>();
    if (text.length() > 2000) {
      problems.add(String.format(TOO_LONG, "Comment", 2000));
    }
    List<DocumentUpload> documents = added == null ? List.of() : added;
    if (documents.isEmpty() && text.isEmpty()) {
      problems.add(RESUBMIT_EMPTY);
    }
    if (!documents.isEmpty()) {
      documents(documents, asset.kind(), problems);
      documents.stream()
          .filter(d -> d.type() == DocumentType.ROYALTY_HISTORY)
          .forEach(d -> problems.addAll(RoyaltyHistories.problems(d.content())));
    }
    if (asset.documents().size() + documents.size() > 40) {
      problems.add(TOO_MANY_DOCUMENTS);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Instant now = clock.instant();
    documents.forEach(d -> asset.attach(newDocument(asset, d, now)));
    asset.resubmitted();
    decisions.recordResubmission(actor, task, text, now);
    em.flush();
    tasks.complete(task.taskId(), actor.userId(), java.util.Map.of());
    return AssetViews.summary(asset);
  }

  private static void requireOriginator(Actor actor) {
    if (!actor.has(Role.ORIGINATOR)) {
      throw new AccessDeniedException(ONLY_ORIGINATORS);
    }
  }

  /** Same key, same asset: a double click or a retried request waits here for the first one. */
  private Optional<Asset> earlierSubmission(String submissionKey) {
    String key = Optional.ofNullable(submissionKey).filter(k -> !k.isBlank()).orElse(null);
    if (key == null) {
      return Optional.empty();
    }
    if (key.length() > 100) {
      throw new ValidationException(String.format(TOO_LONG, "Submission key", 100));
    }
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "asset-submission:" + key)
        .getSingleResult();
    return assets.findBySubmissionKey(key);
  }

  private List<DocumentUpload> documents(
      List<DocumentUpload> uploads, AssetKind kind, List<String> problems) {
    List<DocumentUpload> documents = uploads == null ? List.of() : uploads;
    if (documents.isEmpty()) {
      problems.add(NO_DOCUMENTS);
    } else if (documents.size() > 20) {
      problems.add(TOO_MANY_DOCUMENTS);
    }
    for (DocumentUpload document : documents) {
      if (document.type() == null) {
        problems.add(
            String.format(
                REQUIRED,
                "Document type of " + DocumentInspector.displayName(document.fileName())));
        problems.addAll(inspector.problems(document, settings.maxUploadBytes()));
      } else if (document.type() == DocumentType.ROYALTY_HISTORY) {
        problems.addAll(RoyaltyHistories.uploadProblems(document, settings.maxUploadBytes()));
      } else {
        problems.addAll(inspector.problems(document, settings.maxUploadBytes()));
        if (!DocumentType.forKind(kind).contains(document.type())) {
          problems.add(String.format(WRONG_DOCUMENT_TYPE, document.type().label(), kind.label()));
        }
      }
    }
    return documents;
  }

  private Asset newAsset(
      Actor actor,
      AssetKind kind,
      String title,
      String address,
      String jurisdiction,
      Money value,
      long tokens,
      String submissionKey) {
    String id = String.format("%s-%06d", kind.idPrefix(), assets.nextAssetNumber());
    String key =
        submissionKey == null || submissionKey.isBlank()
            ? UUID.randomUUID().toString()
            : submissionKey;
    return new Asset(
        id,
        kind,
        title,
        address,
        jurisdiction,
        value,
        tokens,
        actor.userId(),
        actor.organisation(),
        key,
        clock.instant());
  }

  private AssetSummary store(Asset asset, List<DocumentUpload> documents) {
    Instant now = clock.instant();
    for (DocumentUpload upload : documents) {
      asset.attach(newDocument(asset, upload, now));
    }
    assets.add(asset);
    em.flush();
    asset.processStarted(onboarding.start(asset));
    return AssetViews.summary(asset);
  }

  /** A stored document: the name made safe, the media type sniffed, the content hashed. */
  AssetDocument newDocument(Asset asset, DocumentUpload upload, Instant now) {
    return new AssetDocument(
        UUID.randomUUID().toString(),
        asset,
        upload.type(),
        DocumentInspector.displayName(upload.fileName()),
        upload.type() == DocumentType.ROYALTY_HISTORY
            ? RoyaltyHistories.MEDIA_TYPE
            : inspector.detect(upload),
        upload.content(),
        upload.sha256(),
        now);
  }

  private static String text(String value, String field, int max, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(String.format(REQUIRED, field));
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      problems.add(String.format(TOO_LONG, field, max));
    }
    return trimmed;
  }

  private static Money money(
      String amount, String currencyCode, String field, List<String> problems) {
    Currency currency = null;
    if (currencyCode == null || currencyCode.isBlank()) {
      problems.add(String.format(REQUIRED, "Currency"));
    } else {
      try {
        currency = Currency.getInstance(currencyCode.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        problems.add(UNKNOWN_CURRENCY);
      }
    }
    if (amount == null || amount.isBlank()) {
      problems.add(String.format(REQUIRED, field));
      return null;
    }
    if (currency == null) {
      try {
        Amounts.positive(amount, Integer.MAX_VALUE);
      } catch (Amounts.AmountException e) {
        problems.add(describe(field, e));
      }
      return null;
    }
    try {
      return Amounts.money(amount, currency);
    } catch (Amounts.AmountException e) {
      problems.add(describe(field, e));
      return null;
    }
  }

  /** The parser's sentence about a field, with the wording this service has always used. */
  private static String describe(String field, Amounts.AmountException e) {
    return e.problem() == Amounts.Problem.NOT_A_NUMBER
        ? field + VALUE_NOT_NUMBER
        : field + ": " + e.getMessage();
  }

  private static long tokens(String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(String.format(REQUIRED, "Number of tokens"));
      return 0;
    }
    try {
      return Amounts.wholeNumber(text, Asset.MAX_TOKENS);
    } catch (Amounts.AmountException e) {
      problems.add(
          switch (e.problem()) {
            case NOT_POSITIVE -> TOKENS_NOT_POSITIVE;
            case TOO_LARGE -> TOKENS_TOO_MANY;
            default -> TOKENS_NOT_WHOLE;
          });
      return 0;
    }
  }

  static String sha256(byte[] content) {
    return Fingerprint.sha256(content);
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
