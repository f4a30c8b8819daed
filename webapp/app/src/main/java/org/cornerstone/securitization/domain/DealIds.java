package org.cornerstone.securitization.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deal's id from its name, as a desk names deals: the initials of the name's words and its
 * series, e.g. "Harbour Realty Trust 2027-1" → {@code HRT-2027-1}. Only {@code [A-Z0-9-]}, so it is
 * also a ledger request key's business part; a name without Latin words gets {@code DEAL}.
 */
public final class DealIds {
  private DealIds() {}

  public static String fromName(String name) {
    StringBuilder initials = new StringBuilder();
    List<String> series = new ArrayList<>();
    for (String word : name.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      char first = word.charAt(0);
      if (first < 128 && Character.isLetter(first)) {
        initials.append(Character.toUpperCase(first));
      } else if (first < 128 && Character.isDigit(first)) {
        String cleaned = word.replaceAll("[^0-9A-Za-z-]", "").toUpperCase(Locale.ROOT);
        if (!cleaned.isEmpty()) {
          series.add(cleaned);
        }
      }
    }
    String head =
        initials.length() == 0 ? "DEAL" : initials.substring(0, Math.min(8, initials.length()));
    String id = series.isEmpty() ? head : head + "-" + String.join("-", series);
    return id.length() > 40 ? id.substring(0, 40) : id;
  }
}
