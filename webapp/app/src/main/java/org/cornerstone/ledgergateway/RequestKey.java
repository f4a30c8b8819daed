package org.cornerstone.ledgergateway;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The idempotency key of a ledger command, derived from a business key and a step (e.g. {@code
 * asset-RE-000042.issue}): the ledger records at most one transaction per key, so a retried
 * workflow step finds the transaction it made before instead of making a second one. On Corda it is
 * also the flow's {@code requestId} and {@code clientRequestId}, hence Corda's characters.
 */
public record RequestKey(String value) {
  /** Arguments: the rejected value. */
  public static final String INVALID =
      "Request key '%s' is invalid: 1 to 200 characters of [-._A-Za-z0-9]";

  private static final Pattern VALID = Pattern.compile("[-._A-Za-z0-9]{1,200}");

  public RequestKey {
    Objects.requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(String.format(INVALID, value));
    }
  }

  public static RequestKey of(String value) {
    return new RequestKey(value);
  }

  /** {@code businessKey + "." + step}, e.g. {@code asset-RE-000042.issue}. */
  public static RequestKey forStep(String businessKey, String step) {
    return new RequestKey(businessKey + "." + step);
  }

  @Override
  public String toString() {
    return value;
  }
}
