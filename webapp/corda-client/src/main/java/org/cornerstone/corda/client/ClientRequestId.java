package org.cornerstone.corda.client;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Corda client request id, derived from a business key so that a retried step reuses it (Corda
 * then answers 409 instead of starting a second flow). Corda accepts {@code [-._A-Za-z0-9]{1,242}}.
 */
public record ClientRequestId(String value) {
  /** Arguments: the rejected value. */
  public static final String INVALID =
      "Client request id '%s' is invalid: Corda accepts 1 to 242 characters of [-._A-Za-z0-9]";

  private static final Pattern VALID = Pattern.compile("[-._A-Za-z0-9]{1,242}");

  public ClientRequestId {
    Objects.requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(String.format(INVALID, value));
    }
  }

  public static ClientRequestId of(String value) {
    return new ClientRequestId(value);
  }

  /** {@code businessKey + "." + step}, e.g. {@code asset-RE-000042.issue}. */
  public static ClientRequestId forStep(String businessKey, String step) {
    return new ClientRequestId(businessKey + "." + step);
  }

  @Override
  public String toString() {
    return value;
  }
}
