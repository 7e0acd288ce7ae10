package io.phonebinding.account;

/** The user an access token was issued to, and the token generation it belongs to. */
public record TokenHolder(String userId, int generation) {}
