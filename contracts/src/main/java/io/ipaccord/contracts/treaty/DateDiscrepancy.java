package io.ipaccord.contracts.treaty;

/**
 * Why the engine's computed entry-into-force date for a party differs from the depositary's recorded one: a closed
 * list, so that a consistency report counts causes, not free text. {@link #UNEXPLAINED} only when none applies.
 * Only a party with at least one of the two dates is compared; when both are there and equal there is no
 * discrepancy.
 */
public enum DateDiscrepancy {
    /**
     * The rule's clock runs from the depositary's notification of the deposit, and the notification date is not on
     * record: the computed date runs from the deposit and is a few days to weeks early.
     */
    NOTIFICATION_NOT_RECORDED,
    /** The recorded date is later than the rule gives, and the rule lets a party name a later date in its instrument. */
    NAMED_LATER_DATE,
    /** A succession or declaration of continued application takes effect from the date of succession, which is not on record. */
    RETROACTIVE_SUCCESSION,
    /** The party's date follows an organisation's (e.g. the Benelux states' and BOIP's under the Singapore Treaty). */
    FOLLOWS_ORGANISATION,
    /** The rule on record cannot date this party (no later-party rule, no initial condition): no computed date. */
    RULE_NOT_RECORDED,
    /** The depositary records the party but not its instrument ({@link InstrumentType#UNKNOWN}): nothing to compute from. */
    INSTRUMENT_NOT_RECORDED,
    /** The party was among the treaty's first parties under an older text whose exchange of ratifications is not on record. */
    ORIGINAL_PARTY,
    /** The engine gives a date, the depositary records none (e.g. Burkina Faso's accession to the TLT). */
    NOT_RECORDED,
    /**
     * The party joined under another Act of the treaty than the one whose later-party clock the rule computes with
     * (the depositary's tables cover the Union as a whole, not the Act), and the record matches that other Act's clock
     * (e.g. one month after the Swiss Government's notification under the texts before the Stockholm Act).
     */
    OTHER_ACT,
    /**
     * The delay ends in a month that lacks the starting day (31 March + 3 months): the engine takes that month's last
     * day, the depositary's usual practice, and the record has the first day of the next month instead.
     */
    MONTH_END,
    /** None of the above applies. */
    UNEXPLAINED
}
