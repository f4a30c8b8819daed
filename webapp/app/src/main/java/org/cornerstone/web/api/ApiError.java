package org.cornerstone.web.api;

import java.util.List;

/** The body of every error answer: a status, one message, and the list of problems behind it. */
public record ApiError(int status, String message, List<String> problems) {
  static ApiError of(int status, String message) {
    return new ApiError(status, message, List.of(message));
  }
}
