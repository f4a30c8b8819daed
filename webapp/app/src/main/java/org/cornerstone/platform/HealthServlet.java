package org.cornerstone.platform;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /health}: 200 when the database answers, 503 otherwise. For load balancers and Docker.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Resource(lookup = PlatformStartup.DATASOURCE)
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    try (Connection connection = dataSource.getConnection()) {
      boolean up = connection.isValid(2);
      response.setStatus(up ? 200 : 503);
      response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    } catch (SQLException e) {
      response.setStatus(503);
      response.getWriter().write("{\"status\":\"DOWN\"}");
    }
  }
}
