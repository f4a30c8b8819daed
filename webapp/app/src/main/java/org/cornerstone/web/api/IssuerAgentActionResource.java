package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.controls.application.ActionRequest;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.EvidenceUpload;
import org.cornerstone.registry.controls.application.HolderPosition;
import org.cornerstone.registry.controls.application.InstrumentPauses;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.registry.controls.application.PauseView;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issuer-agent actions on one instrument: the registrar requests one (multipart: {@code kind},
 * {@code holder}, {@code recipient}, {@code quantity}, {@code reason} and the file part {@code
 * EVIDENCE}, a PDF); registrar, trustees and administrators list them, with the holders and the
 * instrument's pause.
 */
@Path("/instruments/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REGISTRAR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
@Tag(name = "Issuer-agent actions")
public class IssuerAgentActionResource {
  /** The one file part of a request. */
  enum EvidencePart {
    EVIDENCE
  }

  @Inject IssuerAgentActions actions;
  @Inject InstrumentPauses pauses;
  @Inject Settings settings;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("REGISTRAR")
  @Operation(summary = "Request an issuer-agent action on an instrument, with evidence")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "The action and its evidence",
                      properties = {
                        @SchemaProperty(
                            name = "kind",
                            type = SchemaType.STRING,
                            description =
                                "The action (FREEZE, UNFREEZE, FORCED_TRANSFER, RECOVERY, PAUSE, RESUME, ...)"),
                        @SchemaProperty(
                            name = "holder",
                            type = SchemaType.STRING,
                            description = "The holder (X.500 name)"),
                        @SchemaProperty(
                            name = "recipient",
                            type = SchemaType.STRING,
                            description =
                                "The recipient of a forced transfer or recovery (X.500 name)"),
                        @SchemaProperty(
                            name = "quantity",
                            type = SchemaType.STRING,
                            description = "Whole number"),
                        @SchemaProperty(
                            name = "reason",
                            type = SchemaType.STRING,
                            description = "Why"),
                        @SchemaProperty(
                            name = "EVIDENCE",
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "The evidence, a PDF")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "Requested; Location names the action in the audit",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      implementation =
                          org.cornerstone.registry.controls.application.ActionView.class)))
  public Response request(@PathParam("id") String instrumentId, List<EntityPart> parts)
      throws IOException {
    MultipartForm<EvidencePart> form =
        MultipartForm.read(parts, EvidencePart.class, settings.maxUploadBytes());
    List<MultipartForm.File<EvidencePart>> files = form.files();
    if (files.size() > 1) {
      throw new ValidationException("Attach one evidence file.");
    }
    EvidenceUpload evidence =
        files.isEmpty()
            ? null
            : new EvidenceUpload(files.get(0).fileName(), files.get(0).content());
    ActionView created =
        actions.request(
            Callers.actor(security),
            instrumentId,
            new ActionRequest(
                form.field("kind"),
                form.field("holder"),
                form.field("recipient"),
                form.field("quantity"),
                form.field("reason")),
            evidence);
    return Response.created(URI.create("audit/actions/" + created.id())).entity(created).build();
  }

  @GET
  @Operation(summary = "Read an instrument's controls: pause, holders, actions")
  public InstrumentControls list(@PathParam("id") String instrumentId) {
    var actor = Callers.actor(security);
    return new InstrumentControls(
        instrumentId,
        pauses.paused(instrumentId),
        pauses.pause(instrumentId).orElse(null),
        actions.holders(actor, instrumentId),
        actions.ofInstrument(actor, instrumentId));
  }

  /**
   * An instrument's controls: whether it is paused (and its last pause or resume, or null), its
   * holders (frozen quantities), its actions.
   */
  public record InstrumentControls(
      String instrumentId,
      boolean paused,
      PauseView pause,
      List<HolderPosition> holders,
      List<ActionView> actions) {}
}
