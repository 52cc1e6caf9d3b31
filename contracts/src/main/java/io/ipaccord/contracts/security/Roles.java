package io.ipaccord.contracts.security;

/**
 * The roles a caller's JWT grants in its {@code groups} claim. Reads need none (public); every write needs
 * {@link #EDITOR} (or {@link #ADMIN}); removals, imports and administration need {@link #ADMIN}. The services check
 * them on their REST writes, the gateway on its mutations before it forwards the caller's token.
 */
public final class Roles {

    /** Records and corrects: registers, updates, deposits, schedules, adds. */
    public static final String EDITOR = "editor";
    /** Also removes, withdraws, imports whole tables and runs administrative jobs. */
    public static final String ADMIN = "admin";

    private Roles() {
    }

    /** Whether a caller with {@code granted} may do what needs {@code needed}: an admin may do what an editor may. */
    public static boolean allows(String granted, String needed) {
        return granted.equals(needed) || (ADMIN.equals(granted) && EDITOR.equals(needed));
    }
}
