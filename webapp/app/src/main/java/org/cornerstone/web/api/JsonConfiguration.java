package org.cornerstone.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON as clients expect it: ISO-8601 timestamps, not epoch numbers. */
@Provider
public class JsonConfiguration implements ContextResolver<ObjectMapper> {
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
