package io.phonebinding.api.phone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far ahead of the system's time the service's clock is. */
@Schema(name = "DevelopmentClock")
public record ClockView(@Schema(example = "604800") long aheadSeconds) {}
