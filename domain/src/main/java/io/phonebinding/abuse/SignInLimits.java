package io.phonebinding.abuse;

import java.time.Duration;

/** Failed password sign-ins allowed per account and per client IP within a sliding window. */
public record SignInLimits(int perAccount, int perIp, Duration window) {}
