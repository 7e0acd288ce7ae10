package io.phonebinding.abuse;

/** A code sent to, or used from, a number of the region: counted once its transaction commits. */
record CountryCount(String region, boolean used) {}
