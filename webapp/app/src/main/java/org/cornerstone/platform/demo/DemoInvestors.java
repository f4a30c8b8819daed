package org.cornerstone.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cornerstone.party.domain.IdentityDocument;
import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.party.domain.InvestorCategory;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorRepository;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.documents.Fingerprint;

/**
 * The demo investors, called by {@link DemoData} after the demo users exist.
 *
 * <ul>
 *   <li>{@code ivan} (Ivy Capital Management, HK, institutional) is already eligible: profile with
 *       a demo company registration and the registrar's record, no process, so he can trade at
 *       once;
 *   <li>{@code iris} / {@code iris-demo} (Iris Investor, an organisation of her own) has just
 *       registered. Her {@code investor-onboarding} process is started the first time she opens her
 *       onboarding page ({@link
 *       org.cornerstone.party.application.InvestorOnboardingService#myProfile}), so that seeding
 *       never depends on the process engine.
 * </ul>
 *
 * Only what is missing is created; existing profiles are never touched.
 */
@ApplicationScoped
public class DemoInvestors {
  public static final String IVAN = "ivan";

  /** A second eligible investor (Jade Harbour Securities, SG), so that two investors can trade. */
  public static final String JADE = "jade";

  public static final String IRIS = "iris";
  public static final String IRIS_PASSWORD = "iris-demo";

  static final Organisation IRIS_ORGANISATION =
      new Organisation(
          "iris-investor",
          "Iris Investor",
          "CN=Iris Investor, O=Iris Investor, L=Unspecified, C=ZZ",
          Organisation.Kind.INVESTOR);

  @Inject UserRepository users;
  @Inject InvestorRepository investors;
  @Inject Clock clock;

  /** Creates what is missing; returns the number of user accounts created. */
  @Transactional
  public int seed() {
    Instant now = clock.instant();
    int created = 0;
    if (users.find(IVAN).isPresent() && investors.findByUsername(IVAN).isEmpty()) {
      seedEligible(IVAN, "Ivy Capital Management", "HK", now);
    }
    if (users.find(JADE).isPresent() && investors.findByUsername(JADE).isEmpty()) {
      seedEligible(JADE, "Jade Harbour Securities", "SG", now);
    }
    if (users.find(IRIS).isEmpty()) {
      if (users.findOrganisation(IRIS_ORGANISATION.id()).isEmpty()) {
        users.add(
            new Organisation(
                IRIS_ORGANISATION.id(),
                IRIS_ORGANISATION.name(),
                IRIS_ORGANISATION.x500Name(),
                IRIS_ORGANISATION.kind()));
      }
      users.add(
          new UserAccount(
              IRIS,
              "Iris Investor",
              PasswordHash.hash(IRIS_PASSWORD.toCharArray()),
              users.findOrganisation(IRIS_ORGANISATION.id()).orElseThrow(),
              Set.of(Role.INVESTOR)));
      created++;
    }
    if (users.find(IRIS).isPresent() && investors.findByUsername(IRIS).isEmpty()) {
      investors.add(
          new InvestorProfile(
              InvestorProfile.idFor(investors.nextInvestorNumber()), IRIS, "Iris Investor", now));
    }
    return created;
  }

  private void seedEligible(String username, String organisation, String country, Instant now) {
    String legalName = users.find(username).map(u -> u.organisation().name()).orElse(organisation);
    InvestorProfile ivan =
        new InvestorProfile(
            InvestorProfile.idFor(investors.nextInvestorNumber()), username, legalName, now);
    byte[] certificate =
        demoPdf("Demo certificate of incorporation: " + legalName + " (not a real document)");
    ivan.attach(
        new IdentityDocument(
            UUID.randomUUID().toString(),
            ivan,
            IdentityDocumentType.COMPANY_REGISTRATION,
            "certificate-of-incorporation-demo.pdf",
            "application/pdf",
            certificate,
            Fingerprint.sha256(certificate),
            now));
    ivan.submitProfile(country, InvestorCategory.INSTITUTIONAL, now);
    ivan.eligible(country, InvestorCategory.INSTITUTIONAL, now);
    investors.add(ivan);
    investors.add(
        new InvestorEligibility(
            ivan,
            country,
            InvestorCategory.INSTITUTIONAL,
            now,
            users
                .findOrganisationOfKind(Organisation.Kind.OPERATOR)
                .map(o -> o.id())
                .orElse(null)));
  }

  /** A one-page PDF with one line of (ASCII) text, with a correct cross-reference table. */
  public static byte[] demoPdf(String text) {
    String escaped =
        text.replaceAll("[^\\x20-\\x7e]", "?")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)");
    String stream = "BT /F1 12 Tf 72 720 Td (" + escaped + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(pdf, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = pdf.size();
    StringBuilder table =
        new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    write(pdf, table.toString());
    return pdf.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
