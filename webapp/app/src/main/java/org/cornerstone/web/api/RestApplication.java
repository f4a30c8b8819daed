package org.cornerstone.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api/v1} (and its deprecated alias {@code /api}, see {@link
 * ApiVersions}). Classes are listed explicitly so that nothing else on the class path (e.g. a
 * library's own JAX-RS resources) is exposed by accident. Its OpenAPI document is generated from
 * these classes by WildFly's MicroProfile OpenAPI (SmallRye) and served at {@code /openapi}; the
 * interactive page is {@code /api-docs} (ADR 0015).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(title = "Cornerstone API", version = "1", description = RestApplication.DESCRIPTION),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "The user's name and password (demo users: see the README).")
public class RestApplication extends Application {
  static final String DESCRIPTION =
      "Tokenization of real-world assets: submission and due diligence, issuance, primary"
          + " offerings, cash, the secondary market and the registrar's controls.\n\n"
          + "**Versions.** The API is version 1 under `/api/v1/`. The unversioned `/api/...`"
          + " addresses are a deprecated alias of version 1: they answer the same, with a"
          + " `Deprecation` header and a `Link` to the versioned address (rel=\"successor-version\").\n\n"
          + "**Errors.** Every error is an RFC 9457 problem (`application/problem+json`): `type`,"
          + " `title`, `status`, `detail`, `instance`, and the extension members `code` (stable),"
          + " `message` (= detail), `problems` (every problem found) and `fields` (those about one"
          + " field). A method an address does not take answers 405 (with `Allow`), an unacceptable"
          + " `Accept` 406, a ledger that cannot be reached 502, all as problems.\n\n"
          + "**Lists.** Every list takes `offset` (default 0) and `limit` (default "
          + ListPaging.DEFAULT_LIMIT
          + ", at most "
          + ListPaging.MAX_LIMIT
          + "); any other query parameter named after a plain property of the items filters by"
          + " equality. The body is the array of the page; `X-Total-Count` gives the number of"
          + " matching items and `Link` the next and previous pages.";

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        JsonConfiguration.class,
        ContainerCaller.class,
        UserActionAuditFilter.class,
        RolesAllowedFeature.class,
        ErrorMappers.Validation.class,
        ErrorMappers.AccessDenied.class,
        ErrorMappers.NotFound.class,
        ErrorMappers.Conflict.class,
        ErrorMappers.Ledger.class,
        ErrorMappers.WebApplication.class,
        ErrorMappers.Unexpected.class,
        ErrorMappers.Reader.class,
        StrictJsonReader.class,
        RequestSizeLimit.class,
        ApiVersions.class,
        ProblemResponses.class,
        ListPaging.class,
        AssetResource.class,
        DiscountResource.class,
        DistributionResource.class,
        IncomeResource.class,
        ReviewTaskResource.class,
        HoldingResource.class,
        AdminResource.class,
        MeResource.class,
        InvestorResource.class,
        CashResource.class,
        OfferingResource.class,
        IssuerAgentActionResource.class,
        ActionAuditResource.class,
        HolderControlsResource.class,
        HolderTransferResource.class,
        InstrumentResource.class,
        MarketResource.class,
        StatementResource.class,
        PerformanceReportResource.class,
        UserActionAuditResource.class,
        LedgerProofResource.class,
        FinancingOverviewResource.class,
        WaterfallScenarioResource.class,
        CrossBorderPaymentResource.class,
        DealResource.class,
        DealTapeResource.class,
        PaymentDateResource.class,
        CertificateChainResource.class,
        ReceivableResource.class);
  }
}
