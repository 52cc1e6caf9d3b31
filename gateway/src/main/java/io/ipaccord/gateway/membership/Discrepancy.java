package io.ipaccord.gateway.membership;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.ipaccord.contracts.treaty.DateDiscrepancy;

@Enum("DateDiscrepancy")
@Description("Why a party's computed entry-into-force date differs from the depositary's recorded one (or why one of"
        + " them is missing): a closed list, UNEXPLAINED only when none applies.")
public enum Discrepancy {
    @Description("The rule's clock runs from the depositary's notification of the deposit and the notification date"
            + " is not on record: the computed date runs from the deposit and is a few days to weeks early.")
    NOTIFICATION_NOT_RECORDED,
    @Description("The recorded date is later than the rule gives, and the rule lets a party name a later date in its"
            + " instrument.")
    NAMED_LATER_DATE,
    @Description("A succession or declaration of continued application takes effect from the date of succession,"
            + " which is not on record.")
    RETROACTIVE_SUCCESSION,
    @Description("The party's date follows an organisation's (e.g. the Benelux states' and BOIP's under the Singapore"
            + " Treaty).")
    FOLLOWS_ORGANISATION,
    @Description("The rule on record cannot date this party (no later-party rule, no initial condition): no computed"
            + " date.")
    RULE_NOT_RECORDED,
    @Description("The depositary records the party but not its instrument (type UNKNOWN): nothing to compute from.")
    INSTRUMENT_NOT_RECORDED,
    @Description("The party was among the treaty's first parties under an older text whose exchange of ratifications"
            + " is not on record.")
    ORIGINAL_PARTY,
    @Description("The engine gives a date, the depositary records none.")
    NOT_RECORDED,
    @Description("The party joined under another Act of the treaty than the one whose clock the rule computes with"
            + " (the depositary's tables cover the Union as a whole), and the record matches that other Act's clock.")
    OTHER_ACT,
    @Description("The delay ends in a month that lacks the starting day (31 March + 3 months): the engine takes that"
            + " month's last day, the record has the first day of the next month.")
    MONTH_END,
    @Description("None of the other reasons applies.")
    UNEXPLAINED;

    /** The GraphQL face of treaty-service's {@link DateDiscrepancy}: the same reasons, described for clients. */
    public static Discrepancy of(DateDiscrepancy reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case NOTIFICATION_NOT_RECORDED -> NOTIFICATION_NOT_RECORDED;
            case NAMED_LATER_DATE -> NAMED_LATER_DATE;
            case RETROACTIVE_SUCCESSION -> RETROACTIVE_SUCCESSION;
            case FOLLOWS_ORGANISATION -> FOLLOWS_ORGANISATION;
            case RULE_NOT_RECORDED -> RULE_NOT_RECORDED;
            case INSTRUMENT_NOT_RECORDED -> INSTRUMENT_NOT_RECORDED;
            case ORIGINAL_PARTY -> ORIGINAL_PARTY;
            case NOT_RECORDED -> NOT_RECORDED;
            case OTHER_ACT -> OTHER_ACT;
            case MONTH_END -> MONTH_END;
            case UNEXPLAINED -> UNEXPLAINED;
        };
    }
}
