package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.cornerstone.shared.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "COMPLIANCE", "INVESTOR", "ADMIN"})
@Tag(name = "Me")
public class MeResource {
  @Context SecurityContext security;

  @GET
  @Operation(summary = "Who the caller is")
  public Actor me() {
    return Callers.actor(security);
  }
}
