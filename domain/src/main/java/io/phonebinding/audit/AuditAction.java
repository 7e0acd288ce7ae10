package io.phonebinding.audit;

/** What a user tried to do with their phone binding. */
public enum AuditAction {
  BIND_PHONE,
  VERIFY_PHONE_CHANGE,
  CHANGE_PHONE,
  UNBIND_PHONE,
  SIGN_IN_BY_CODE,
  SIGN_UP_BY_CODE
}
