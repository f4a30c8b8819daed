package org.cornerstone.securitization.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.Eligibility;
import org.cornerstone.securitization.domain.PaymentFrequency;
import org.cornerstone.shared.ValidationException;

/**
 * The terms of a new deal as the arranger typed them, checked all at once: every problem of the
 * form is in one {@link ValidationException}, nothing is created while any remains.
 */
final class DealTermsForm {
  static final Set<String> SELLER_KINDS = Set.of("ORIGINATOR", "SUPPLIER", "FINANCIER");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()-]{2,119}");
  private static final Pattern RATIO = Pattern.compile("[0-9]+(\\.[0-9]{1,6})?");

  private DealTermsForm() {}

  /** The checked terms; {@code today} on the desk's calendar (closing may not be before it). */
  static Deal.Terms check(NewDeal form, LocalDate today, UserDirectory directory) {
    List<String> problems = new ArrayList<>();
    String name = blank(form.name()) ? null : form.name().strip();
    if (name == null) {
      problems.add("The deal needs a name, e.g. Harbour Realty Trust 2027-1.");
    } else if (!NAME.matcher(name).matches()) {
      problems.add(
          "The deal's name must be 3 to 120 letters, digits, spaces, '.', '_', '-' or brackets"
              + " (it becomes the SPV's ledger name).");
    }
    Currency currency = null;
    if (blank(form.currency())) {
      problems.add("Choose the deal's currency (e.g. CNY).");
    } else {
      try {
        currency = Currency.getInstance(form.currency().strip());
      } catch (IllegalArgumentException e) {
        problems.add("Unknown currency: " + form.currency() + ".");
      }
    }
    OrganisationView seller =
        organisation(directory, form.sellerOrganisation(), "seller", problems).orElse(null);
    if (seller != null
        && !SELLER_KINDS.contains(directory.organisationKind(seller.id()).orElse(""))) {
      problems.add(
          "The seller must be an originator, supplier or financier that holds the pool assets, not "
              + seller.name()
              + ".");
    }
    OrganisationView servicer =
        organisation(directory, form.servicerOrganisation(), "servicer", problems).orElse(null);
    PaymentFrequency frequency = null;
    if (blank(form.paymentFrequency())) {
      problems.add("Choose the payment frequency (MONTHLY, QUARTERLY, SEMI_ANNUAL or ANNUAL).");
    } else {
      try {
        frequency = PaymentFrequency.valueOf(form.paymentFrequency().strip());
      } catch (IllegalArgumentException e) {
        problems.add(
            "Unknown payment frequency: "
                + form.paymentFrequency()
                + " (MONTHLY, QUARTERLY, SEMI_ANNUAL or ANNUAL).");
      }
    }
    LocalDate closing = date(form.closingDate(), "closing date", problems);
    LocalDate firstPayment = date(form.firstPaymentDate(), "first payment date", problems);
    if (closing != null && closing.isBefore(today)) {
      problems.add("The closing date " + closing + " is in the past.");
    }
    if (closing != null && firstPayment != null && !firstPayment.isAfter(closing)) {
      problems.add("The first payment date must be after the closing date.");
    }
    BigDecimal limit = Eligibility.DEFAULT_CONCENTRATION_LIMIT;
    if (!blank(form.concentrationLimit())) {
      String text = form.concentrationLimit().strip();
      if (!RATIO.matcher(text).matches()
          || new BigDecimal(text).signum() <= 0
          || new BigDecimal(text).compareTo(BigDecimal.ONE) > 0) {
        problems.add(
            "The concentration limit must be a share above 0 and at most 1, e.g. 0.20 (20 %).");
      } else {
        limit = new BigDecimal(text);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new Deal.Terms(
        name,
        currency.getCurrencyCode(),
        seller.id(),
        servicer.id(),
        frequency,
        closing,
        firstPayment,
        limit);
  }

  private static Optional<OrganisationView> organisation(
      UserDirectory directory, String id, String what, List<String> problems) {
    if (blank(id)) {
      problems.add("Choose the " + what + " organisation.");
      return Optional.empty();
    }
    Optional<OrganisationView> found = directory.organisation(id.strip());
    if (found.isEmpty()) {
      problems.add("Unknown " + what + " organisation: " + id + ".");
    }
    return found;
  }

  private static LocalDate date(String text, String what, List<String> problems) {
    if (blank(text)) {
      problems.add("Enter the " + what + " (e.g. 2027-01-15).");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add("The " + what + " must be a date such as 2027-01-15, not " + text + ".");
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
