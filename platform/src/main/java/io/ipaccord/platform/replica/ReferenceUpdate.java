package io.ipaccord.platform.replica;

/** What one record of an owner's topic says of one code: its current name, and whether its owner removed it. */
public record ReferenceUpdate(String code, String name, boolean removed) {
}
