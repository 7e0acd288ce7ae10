package io.phonebinding.binding;

import java.time.Duration;

/** What {@code verify-update-phone-request} hands back: the one-time token and its lifetime. */
public record PhoneChangeToken(String token, Duration expiresIn) {}
