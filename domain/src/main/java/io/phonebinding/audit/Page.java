package io.phonebinding.audit;

import java.util.List;

/** One page of a longer list, and how long the list is. */
public record Page<T>(List<T> items, long totalCount) {}
