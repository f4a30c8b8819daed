package org.cornerstone.corda.client;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Which Corda virtual node (holding identity short hash) acts for which organisation (X.500 name).
 *
 * <p>Text syntax (the value of {@code CORNERSTONE_CORDA_HOLDING_IDS}): entries separated by {@code
 * |}, each {@code SHORTHASH@X500NAME}, e.g. {@code 3B8DECDDD6E2@CN=Trustee, O=Alpha Trust,
 * L=Zurich, C=CH|A1B2C3D4E5F6@O=Beta Bank, L=London, C=GB}. The short hash is the 12 hexadecimal
 * characters Corda shows for the virtual node; the X.500 name uses commas between attributes, so
 * {@code |} and {@code @} separate entries and hash. Attribute order and spaces do not matter when
 * looking a name up.
 */
public final class HoldingIdentityMap {
  /** Arguments: the entry. */
  public static final String MALFORMED_ENTRY =
      "Holding identity entry '%s' is not SHORTHASH@X500NAME (entries are separated by '|')";

  /** Arguments: the X.500 name, the cause. */
  public static final String MALFORMED_X500 = "'%s' is not an X.500 name: %s";

  /** Arguments: the key that appears twice. */
  public static final String DUPLICATE = "Holding identity mapping lists '%s' twice";

  private static final Pattern SHORT_HASH = Pattern.compile("[0-9A-Fa-f]{12}");

  private final Map<String, String> shortHashByName; // normalised X.500 -> short hash
  private final Map<String, String> nameByShortHash; // short hash -> X.500 as configured

  private HoldingIdentityMap(Map<String, String> shortHashByName, Map<String, String> byHash) {
    this.shortHashByName = Map.copyOf(shortHashByName);
    this.nameByShortHash = Map.copyOf(byHash);
  }

  public static HoldingIdentityMap empty() {
    return new HoldingIdentityMap(Map.of(), Map.of());
  }

  /** Parses the {@code SHORTHASH@X500|SHORTHASH@X500} syntax; blank text gives an empty map. */
  public static HoldingIdentityMap parse(String text) {
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, String> byHash = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return empty();
    }
    for (String raw : text.split("\\|")) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int at = entry.indexOf('@');
      if (at <= 0 || at == entry.length() - 1) {
        throw new IllegalArgumentException(String.format(MALFORMED_ENTRY, entry));
      }
      String hash = requireShortHash(entry.substring(0, at).strip());
      String name = entry.substring(at + 1).strip();
      String key = normalise(name);
      if (byName.put(key, hash) != null) {
        throw new IllegalArgumentException(String.format(DUPLICATE, name));
      }
      if (byHash.put(hash, name) != null) {
        throw new IllegalArgumentException(String.format(DUPLICATE, hash));
      }
    }
    return new HoldingIdentityMap(byName, byHash);
  }

  /** Builds a map from X.500 name to short hash. */
  public static HoldingIdentityMap of(Map<String, String> shortHashByX500Name) {
    return parse(
        shortHashByX500Name.entrySet().stream()
            .map(e -> e.getValue() + "@" + e.getKey())
            .collect(Collectors.joining("|")));
  }

  /** The short hash of the organisation's virtual node. */
  public Optional<String> shortHashOf(String x500Name) {
    return Optional.ofNullable(shortHashByName.get(normalise(x500Name)));
  }

  /** The organisation whose virtual node has this short hash. */
  public Optional<String> x500NameOf(String shortHash) {
    return Optional.ofNullable(nameByShortHash.get(shortHash.toUpperCase(Locale.ROOT)));
  }

  /** Short hash by X.500 name (as configured). */
  public Map<String, String> asMap() {
    return nameByShortHash.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
  }

  public int size() {
    return nameByShortHash.size();
  }

  /** Validates a short hash and returns it in upper case. */
  static String requireShortHash(String value) {
    if (value == null || !SHORT_HASH.matcher(value).matches()) {
      throw new CordaUnknownHoldingIdentityException(
          String.format(CordaUnknownHoldingIdentityException.NOT_A_SHORT_HASH, value));
    }
    return value.toUpperCase(Locale.ROOT);
  }

  /**
   * A comparable form of an X.500 name: attributes sorted by type, types in upper case, values as
   * written ({@code O=A, CN=B} and {@code CN=B,O=A} are the same name).
   */
  public static String normalise(String x500Name) {
    try {
      List<Rdn> rdns = new LdapName(x500Name).getRdns();
      if (rdns.isEmpty()) {
        throw new IllegalArgumentException(String.format(MALFORMED_X500, x500Name, "empty"));
      }
      return rdns.stream()
          .map(r -> r.getType().toUpperCase(Locale.ROOT) + "=" + r.getValue())
          .sorted(Comparator.naturalOrder())
          .collect(Collectors.joining(", "));
    } catch (InvalidNameException e) {
      throw new IllegalArgumentException(
          String.format(MALFORMED_X500, x500Name, e.getMessage()), e);
    }
  }

  @Override
  public String toString() {
    return nameByShortHash.entrySet().stream()
        .map(e -> e.getKey() + "@" + e.getValue())
        .sorted()
        .collect(Collectors.joining("|"));
  }
}
