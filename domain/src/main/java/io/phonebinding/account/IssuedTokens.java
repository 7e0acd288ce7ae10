package io.phonebinding.account;

/** What a successful sign-in hands back, in Authing's terms. */
public record IssuedTokens(
    String accessToken, String idToken, long expiresInSeconds, String scope) {}
