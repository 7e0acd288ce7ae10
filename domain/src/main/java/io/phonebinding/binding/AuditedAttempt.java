package io.phonebinding.binding;

import io.phonebinding.audit.AuditAction;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A binding attempt whose refusals are audited and capped per account ({@link AttemptAuditor}). The
 * method's first parameter is the user's id; it takes a {@code RequestOrigin}; its last {@code
 * PhoneNumber}, if any, is the number the audit names.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AuditedAttempt {

  @Nonbinding
  AuditAction value() default AuditAction.BIND_PHONE;
}
