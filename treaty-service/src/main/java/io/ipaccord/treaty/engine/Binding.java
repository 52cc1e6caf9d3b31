package io.ipaccord.treaty.engine;

import java.time.LocalDate;

/**
 * The engine's computed date for one party, with how it got there (for telling why the record differs).
 *
 * @param from                the computed date the party is bound from
 * @param initial             bound from the treaty's own entry into force (one of its first parties)
 * @param clock               the delay that dated it (initial or later-party), {@code null} for a succession
 * @param notificationMissing the clock runs from the depositary's notification, which is not on record: it ran
 *                            from the deposit instead
 * @param endsShort           {@code from} is the clock's end, clipped to the last day of a month shorter than the
 *                            start's day ({@link Delay#endsShort})
 */
record Binding(LocalDate from, boolean initial, Delay clock, boolean notificationMissing, boolean endsShort) {
}
