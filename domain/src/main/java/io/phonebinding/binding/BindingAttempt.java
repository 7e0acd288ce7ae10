package io.phonebinding.binding;

/**
 * How one bind, change or unbind attempt ended, as a CDI event for whoever counts them.
 *
 * @param action the audit action's name, or {@code ANY} for an account paused before acting
 * @param outcome {@code success}, {@code refused} or {@code paused}
 */
public record BindingAttempt(String action, String outcome) {}
