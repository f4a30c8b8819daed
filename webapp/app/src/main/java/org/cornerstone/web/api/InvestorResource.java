package org.cornerstone.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cornerstone.party.application.InvestorDetails;
import org.cornerstone.party.application.InvestorOnboardingService;
import org.cornerstone.party.application.InvestorProfileView;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.application.InvestorRegistration;
import org.cornerstone.party.application.InvestorRegistrationService;
import org.cornerstone.party.application.SignInThrottle;
import org.cornerstone.party.application.UploadedDocument;
import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Investors: public registration, the investor's own onboarding (read, submit the profile with
 * identity documents), and the investor as compliance, trustees and admins see it.
 */
@Path("/investors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Investors")
public class InvestorResource {
  static final String NOT_FOUND = "No investor %s that you can see.";
  static final String NO_PROFILE = "You have no investor profile.";
  static final String BODY_REQUIRED =
      "Send a JSON body with username, displayName, password and legalName.";

  @Inject InvestorRegistrationService registrations;
  @Inject InvestorOnboardingService onboarding;
  @Inject InvestorQueries queries;
  @Inject Settings settings;
  @Context SecurityContext security;
  @Context HttpServletRequest servlet;
  @Inject SignInThrottle throttle;

  /** What a registration sends. */
  public record Registration(
      String username, String displayName, String password, String legalName) {}

  /** What a registration answers; sign in with the username and password from now on. */
  public record Registered(String investorId, String username, String status) {}

  /** {@code POST /api/investors}: anyone may register; 409 when the username is taken. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Register as an investor (no sign-in needed)")
  @APIResponse(
      responseCode = "201",
      description = "Registered; sign in with the username and password from now on",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvestorResource.Registered.class)))
  @APIResponse(
      responseCode = "409",
      description = "The username is taken",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  @SecurityRequirementsSet({})
  public Response register(Registration body) {
    // only a request that names an account counts towards the limit: one without a username can
    // neither create an account nor probe whether a name is taken (it is refused as invalid)
    boolean namesAnAccount = body != null && body.username() != null && !body.username().isBlank();
    Optional<Duration> wait =
        namesAnAccount
            ? throttle.registration(servlet.getRemoteAddr())
            : throttle.registrationLockedFor(servlet.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = SignInThrottle.seconds(wait.get());
      return Response.fromResponse(
              ErrorMappers.error(
                  Response.Status.TOO_MANY_REQUESTS,
                  String.format(SignInThrottle.REGISTRATIONS, seconds)))
          .header(HttpHeaders.RETRY_AFTER, seconds)
          .build();
    }
    if (body == null) {
      throw new ValidationException(BODY_REQUIRED);
    }
    InvestorRegistration created =
        registrations.register(
            body.username(),
            body.displayName(),
            body.password() == null ? null : body.password().toCharArray(),
            body.legalName());
    return Response.created(URI.create("investors/" + created.investorId()))
        .entity(new Registered(created.investorId(), created.username(), created.status()))
        .build();
  }

  /** {@code GET /api/investors/me}: the investor's own onboarding. */
  @GET
  @Path("/me")
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Read the investor's own onboarding")
  public InvestorProfileView me() {
    return onboarding
        .myProfile(Callers.actor(security))
        .orElseThrow(() -> new NotFoundException(NO_PROFILE));
  }

  /**
   * {@code POST /api/investors/me/profile} (multipart): fields {@code country} (ISO 3166-1 alpha-2)
   * and {@code category} ({@code RETAIL}, {@code QUALIFIED}, {@code INSTITUTIONAL}); file parts
   * named after their document type ({@code PASSPORT}, {@code NATIONAL_ID}, {@code
   * PROOF_OF_ADDRESS}, {@code COMPANY_REGISTRATION}, {@code OTHER}). 409 when the profile is not
   * waiting for the investor (already submitted).
   */
  @POST
  @Path("/me/profile")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Submit the investor's profile with identity documents")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "Country, category and identity documents",
                      properties = {
                        @SchemaProperty(
                            name = "country",
                            type = SchemaType.STRING,
                            description = "ISO 3166-1 alpha-2"),
                        @SchemaProperty(
                            name = "category",
                            type = SchemaType.STRING,
                            enumeration = {"RETAIL", "QUALIFIED", "INSTITUTIONAL"},
                            description = "RETAIL, QUALIFIED or INSTITUTIONAL"),
                        @SchemaProperty(
                            name = "PASSPORT",
                            type = SchemaType.STRING,
                            format = "binary",
                            description =
                                "An identity document; file parts are named after their type (PASSPORT, NATIONAL_ID, PROOF_OF_ADDRESS, COMPANY_REGISTRATION, OTHER)")
                      })))
  public InvestorProfileView submitProfile(List<EntityPart> parts) throws IOException {
    MultipartForm<IdentityDocumentType> form =
        MultipartForm.read(parts, IdentityDocumentType.class, settings.maxUploadBytes());
    List<UploadedDocument> documents =
        form.files().stream()
            .map(f -> new UploadedDocument(f.fileName(), f.type(), f.content()))
            .toList();
    return onboarding.submitProfile(
        Callers.actor(security), form.field("country"), form.field("category"), documents);
  }

  /** {@code GET /api/investors/{id}}: an investor with documents and eligibility. */
  @GET
  @Path("/{id}")
  @RolesAllowed({"COMPLIANCE", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
  @Operation(summary = "Read one investor with documents and eligibility")
  public InvestorDetails get(@PathParam("id") String id) {
    return queries
        .details(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException(String.format(NOT_FOUND, id)));
  }

  /** {@code GET /api/investors/{id}/documents/{documentId}}: an identity document's file. */
  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({"COMPLIANCE", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN", "INVESTOR"})
  @Operation(summary = "Download an identity document")
  @APIResponse(
      responseCode = "200",
      description = "The document, in its own media type",
      content =
          @Content(
              mediaType = "*/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    var document =
        queries
            .document(Callers.actor(security), id, documentId)
            .orElseThrow(() -> new NotFoundException("No such document."));
    return Downloads.document(document.content(), document.mediaType(), document.fileName());
  }
}
