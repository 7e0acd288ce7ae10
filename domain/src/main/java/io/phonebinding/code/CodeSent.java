package io.phonebinding.code;

import io.phonebinding.phone.SmsChannel;

/** A verification code was issued on a channel; a CDI event for whoever counts them. */
public record CodeSent(SmsChannel channel) {}
