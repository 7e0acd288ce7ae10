package io.phonebinding.email;

import java.time.Duration;

/** Authing's {@code updateEmailToken} and how long it lives. */
public record EmailChangeToken(String token, Duration timeToLive) {}
