package org.cornerstone.audit.application;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application-service method whose call is a user action. Nobody writes it by hand: the
 * audit's CDI extension puts it on every method that {@link UserActionPolicy} says changes
 * something, when the beans are discovered.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface UserActionRecorded {
  /** The annotation as a value, for the extension. */
  final class Literal extends AnnotationLiteral<UserActionRecorded> implements UserActionRecorded {
    public static final Literal INSTANCE = new Literal();
    private static final long serialVersionUID = 1L;
  }
}
