package io.ipaccord.platform.replica;

/** A code a write refers to, and the request field that names it (e.g. {@code relatedStates[1]}). */
public record Reference(String field, ReferenceKind kind, String code) {
}
