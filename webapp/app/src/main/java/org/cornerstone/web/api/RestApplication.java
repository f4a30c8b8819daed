package org.cornerstone.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API under {@code /api}. Classes are listed explicitly so that nothing else on the class
 * path (e.g. a library's own JAX-RS resources) is exposed by accident.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {
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
        AssetResource.class,
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
        UserActionAuditResource.class);
  }
}
