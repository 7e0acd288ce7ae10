package io.phonebinding.abuse;

/** A country's last hour went well above its usual volume, as this server last read it. */
public record CountrySurge(String region, long sendsInLastHour, long usualPerHour) {}
