package io.phonebinding.reset;

import java.time.Duration;

/** What {@code verify-reset-password-request} hands back: the one-time token and its lifetime. */
public record ResetGrant(String token, Duration expiresIn) {}
