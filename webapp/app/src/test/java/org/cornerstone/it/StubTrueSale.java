package org.cornerstone.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CorDapp's {@code SellPoolFlow} on the seller's node, applied to the suite's {@link
 * StubVaults}: every leg's tokens move from the seller to the buyer (the SPV) in one transaction,
 * or none does. Refused as the flow refuses it: a buyer that is not a member ({@code
 * Parties.UNKNOWN_PARTY}), the seller itself ({@code SellPoolFlow.SELF_SALE}), no legs ({@code
 * SellPoolFlow.NO_LEGS}), a quantity that is not positive, a leg the seller does not hold unfrozen
 * ({@code TokenClaims.INSUFFICIENT_TOKENS}). Once per request key; the answer has the shape of
 * {@code SellPoolResponse}.
 */
final class StubTrueSale {
  private StubTrueSale() {}

  static JsonNode sellPool(StubVaults vaults, JsonNode body) {
    String requestId = body.path("requestId").asText();
    String buyer = body.path("buyer").asText();
    JsonNode legs = body.path("legs");
    synchronized (vaults) {
      if (!vaults.recorded.containsKey(requestId)) {
        String seller = vaults.nodeOf(body);
        if (!vaults.x500ByHash.containsValue(buyer)) {
          throw new IllegalArgumentException("Unknown party: " + buyer);
        }
        if (buyer.equals(seller)) {
          throw new IllegalArgumentException("The buyer must differ from the seller.");
        }
        if (legs.isEmpty()) {
          throw new IllegalArgumentException("The sale needs at least one leg.");
        }
        Map<String, Long> sold = new LinkedHashMap<>();
        for (JsonNode leg : legs) {
          if (leg.path("quantity").asLong() <= 0) {
            throw new IllegalArgumentException("The field must be positive: quantity");
          }
          sold.merge(leg.path("instrumentId").asText(), leg.path("quantity").asLong(), Long::sum);
        }
        for (Map.Entry<String, Long> leg : sold.entrySet()) {
          if (vaults.free(leg.getKey(), seller) < leg.getValue()) {
            throw new IllegalStateException(
                "Insufficient tokens: the holder does not have enough unfrozen holdings of "
                    + leg.getKey());
          }
        }
        for (Map.Entry<String, Long> leg : sold.entrySet()) {
          vaults.add(leg.getKey(), seller, -leg.getValue());
          vaults.add(leg.getKey(), buyer, leg.getValue());
          vaults.acquire(leg.getKey(), buyer, Instant.now().plus(Duration.ofMinutes(1)));
          vaults.restate(leg.getKey());
        }
        vaults.recorded.put(requestId, StubVaults.transactionId(requestId));
      }
      return StubVaults.JSON
          .objectNode()
          .put("transactionId", vaults.recorded.get(requestId))
          .put("buyer", buyer)
          .put("legs", legs.size());
    }
  }
}
