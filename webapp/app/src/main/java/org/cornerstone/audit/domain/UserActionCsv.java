package org.cornerstone.audit.domain;

import java.util.List;

/**
 * The audit log as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or
 * line break in double quotes with quotes doubled). A field that a spreadsheet would run as a
 * formula ({@code = + - @} first) gets a leading apostrophe.
 */
public final class UserActionCsv {
  public static final String HEADER =
      "id,at,user,organisation,channel,action,subject,client_address,outcome,reason";

  private UserActionCsv() {}

  public static String of(List<UserAction> actions) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (UserAction a : actions) {
      csv.append(a.id())
          .append(',')
          .append(a.at())
          .append(',')
          .append(field(a.username()))
          .append(',')
          .append(field(a.organisation()))
          .append(',')
          .append(a.channel())
          .append(',')
          .append(field(a.action()))
          .append(',')
          .append(field(a.subject()))
          .append(',')
          .append(field(a.clientAddress()))
          .append(',')
          .append(a.outcome())
          .append(',')
          .append(field(a.reason()))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = value;
    char first = text.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@') {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
