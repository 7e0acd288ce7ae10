package io.phonebinding.operator;

/** What an access key may do. */
public enum AccessKeyScope {
  /** Read users, histories, messages and lists. */
  READ,
  /** Read, and change users and lists. */
  WRITE;

  /** The name settings and answers use: {@code read} or {@code write}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
