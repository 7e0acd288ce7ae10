package io.phonebinding.session;

/**
 * What a successful sign-in or refresh hands back, in Authing's terms; no refresh token unless
 * asked.
 */
public record IssuedTokens(
    String accessToken, String idToken, String refreshToken, long expiresInSeconds, String scope) {}
