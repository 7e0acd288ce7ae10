package io.phonebinding.sms;

/**
 * What a provider reports of one attempt: found by the provider's message id, or by our attempt id
 * where the provider carries it ({@code attemptId}, else null). {@code error} is the provider's
 * error code, if any; it is stored masked.
 */
public record Receipt(String providerMessageId, Long attemptId, AttemptState state, String error) {}
