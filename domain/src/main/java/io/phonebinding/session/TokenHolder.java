package io.phonebinding.session;

/**
 * The user an access token was issued to, the token generation and the sign-in session it belongs
 * to (no session for a token issued before sessions existed).
 */
public record TokenHolder(String userId, int generation, String sessionId) {}
