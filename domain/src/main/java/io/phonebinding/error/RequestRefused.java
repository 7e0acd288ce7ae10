package io.phonebinding.error;

/** A request was answered with a refusal, as a CDI event for whoever counts them. */
public record RequestRefused(ErrorKind kind) {}
