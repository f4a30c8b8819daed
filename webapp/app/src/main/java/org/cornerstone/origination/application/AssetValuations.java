package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.cornerstone.origination.domain.AssetRepository;

/**
 * What a tokenized asset's valuation says one token is worth, for statements and reports: the
 * tokenized amount (appraised value × loan-to-value, rounded down to the minor unit) divided by the
 * tokens issued, with two decimals more than the currency (as the asset page shows it). Figures any
 * holder may see; no document or review detail.
 */
@ApplicationScoped
@Transactional
public class AssetValuations {
  @Inject AssetRepository assets;

  /**
   * @param perToken in currency units, e.g. {@code 57.0000} CNY
   */
  public record TokenValuation(
      String assetId, String title, String currency, BigDecimal perToken, Instant valuedAt) {}

  /** The valuation per token of the asset whose token is {@code instrumentId} (= the asset id). */
  public Optional<TokenValuation> perToken(String instrumentId) {
    return assets
        .find(instrumentId)
        .flatMap(
            a ->
                a.tokenizedAmountPerToken()
                    .map(
                        p ->
                            new TokenValuation(
                                a.id(),
                                a.title(),
                                a.appraisedValue().currency().getCurrencyCode(),
                                p,
                                a.valuation().map(v -> v.valuedAt()).orElse(null))));
  }
}
