package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import org.cornerstone.reporting.application.StatementService;
import org.cornerstone.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's monthly statement: {@code GET /api/statements/2026-11.pdf} or {@code .csv}. The
 * PDF's language is {@code ?lang=zh|en}, else the request's Accept-Language, else English.
 */
@Path("/statements")
@RolesAllowed("INVESTOR")
public class StatementResource {
  @Inject StatementService statements;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Path("/{file}")
  @Operation(summary = "Download the investor's monthly statement (PDF or CSV)")
  public Response statement(@PathParam("file") String file, @QueryParam("lang") String lang) {
    String format = ReportFiles.format(file);
    YearMonth month = statements.month(ReportFiles.name(file));
    var actor = Callers.actor(security);
    if (format.equals("pdf")) {
      return Response.ok(
              statements.pdf(actor, month, ReportFiles.language(lang, headers)), "application/pdf")
          .header("Content-Disposition", Downloads.attachment("statement-" + month + ".pdf"))
          .build();
    }
    return Response.ok(
            statements.csv(actor, month).getBytes(StandardCharsets.UTF_8),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", Downloads.attachment("statement-" + month + ".csv"))
        .build();
  }

  /** File names {@code <name>.pdf} / {@code <name>.csv} and the reader's language. */
  static final class ReportFiles {
    private ReportFiles() {}

    static String format(String file) {
      int dot = file.lastIndexOf('.');
      String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (!ext.equals("pdf") && !ext.equals("csv")) {
        throw new NotFoundException("No report " + file + ": ask for .pdf or .csv.");
      }
      return ext;
    }

    static String name(String file) {
      return file.substring(0, file.lastIndexOf('.'));
    }

    static Locale language(String lang, HttpHeaders headers) {
      if (lang != null && !lang.isBlank()) {
        return lang.toLowerCase(Locale.ROOT).startsWith("zh")
            ? Locale.SIMPLIFIED_CHINESE
            : Locale.ENGLISH;
      }
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("zh".equals(l.getLanguage())) {
          return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equals(l.getLanguage())) {
          return Locale.ENGLISH;
        }
      }
      return Locale.ENGLISH;
    }
  }
}
