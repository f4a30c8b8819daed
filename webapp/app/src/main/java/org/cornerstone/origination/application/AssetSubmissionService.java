package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetDocument;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.Money;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ValidationException;

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
  public static final String VALUE_NOT_NUMBER =
      "Appraised value must be a number, e.g. 12500000.00.";
  public static final String UNKNOWN_CURRENCY =
      "Currency must be an ISO 4217 code such as CNY or USD.";
  public static final String NO_DOCUMENTS = "Attach at least one document (PDF or image).";
  public static final String TOO_MANY_DOCUMENTS = "Attach at most 20 documents.";

  @Inject AssetRepository assets;
  @Inject OnboardingProcess onboarding;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  @Transactional
  public AssetSummary submit(Actor actor, SubmitRealEstateAsset command) {
    if (!actor.has(Role.ORIGINATOR)) {
      throw new AccessDeniedException(ONLY_ORIGINATORS);
    }
    String key =
        Optional.ofNullable(command.submissionKey()).filter(k -> !k.isBlank()).orElse(null);
    if (key != null) {
      if (key.length() > 100) {
        throw new ValidationException(String.format(TOO_LONG, "Submission key", 100));
      }
      // Same key, same asset: a double click or a retried request waits here for the first one.
      em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
          .setParameter(1, "asset-submission:" + key)
          .getSingleResult();
      Optional<Asset> earlier = assets.findBySubmissionKey(key);
      if (earlier.isPresent()) {
        return AssetViews.summary(earlier.get());
      }
    }

    List<String> problems = new ArrayList<>();
    String title = text(command.title(), "Title", 200, problems);
    String address = text(command.address(), "Address", 500, problems);
    String jurisdiction = text(command.jurisdiction(), "Jurisdiction", 100, problems);
    Money value = money(command.appraisedValue(), command.currency(), problems);
    long tokens = tokens(command.tokensToIssue(), problems);
    List<DocumentUpload> documents = command.documents() == null ? List.of() : command.documents();
    if (documents.isEmpty()) {
      problems.add(NO_DOCUMENTS);
    } else if (documents.size() > 20) {
      problems.add(TOO_MANY_DOCUMENTS);
    }
    for (DocumentUpload document : documents) {
      problems.addAll(inspector.problems(document, settings.maxUploadBytes()));
      if (document.type() == null) {
        problems.add(
            String.format(
                REQUIRED,
                "Document type of " + DocumentInspector.displayName(document.fileName())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }

    Instant now = clock.instant();
    String id =
        String.format("%s-%06d", AssetKind.REAL_ESTATE.idPrefix(), assets.nextAssetNumber());
    Asset asset =
        new Asset(
            id,
            AssetKind.REAL_ESTATE,
            title,
            address,
            jurisdiction,
            value,
            tokens,
            actor.userId(),
            actor.organisation(),
            key == null ? UUID.randomUUID().toString() : key,
            now);
    for (DocumentUpload upload : documents) {
      asset.attach(
          new AssetDocument(
              UUID.randomUUID().toString(),
              asset,
              upload.type(),
              DocumentInspector.displayName(upload.fileName()),
              inspector.detect(upload.content()),
              upload.content(),
              sha256(upload.content()),
              now));
    }
    assets.add(asset);
    em.flush();
    asset.processStarted(onboarding.start(id, AssetKind.REAL_ESTATE));
    return AssetViews.summary(asset);
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

  private static Money money(String amount, String currencyCode, List<String> problems) {
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
      problems.add(String.format(REQUIRED, "Appraised value"));
      return null;
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      problems.add(VALUE_NOT_NUMBER);
      return null;
    }
    if (currency == null) {
      return null;
    }
    try {
      return new Money(parsed, currency);
    } catch (IllegalArgumentException e) {
      problems.add("Appraised value: " + e.getMessage());
      return null;
    }
  }

  private static long tokens(String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(String.format(REQUIRED, "Number of tokens"));
      return 0;
    }
    String digits = text.strip().replace(",", "").replace("_", "");
    if (!digits.matches("[-+]?\\d+")) {
      problems.add(TOKENS_NOT_WHOLE);
      return 0;
    }
    BigDecimal value = new BigDecimal(digits);
    if (value.signum() <= 0) {
      problems.add(TOKENS_NOT_POSITIVE);
      return 0;
    }
    if (value.compareTo(BigDecimal.valueOf(Asset.MAX_TOKENS)) > 0) {
      problems.add(TOKENS_TOO_MANY);
      return 0;
    }
    return value.longValueExact();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
