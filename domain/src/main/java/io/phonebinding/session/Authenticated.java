package io.phonebinding.session;

/** Who a valid access token speaks for, and the sign-in session it was issued in. */
public record Authenticated(String userId, String sessionId) {}
