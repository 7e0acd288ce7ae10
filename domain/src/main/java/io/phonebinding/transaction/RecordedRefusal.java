package io.phonebinding.transaction;

/**
 * A refusal whose transaction still commits: what the refused attempt recorded on the way stands (a
 * wrong code's try, a reused refresh token's ended session), so the next attempt sees it.
 */
public interface RecordedRefusal {}
