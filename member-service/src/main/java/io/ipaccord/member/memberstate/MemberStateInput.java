package io.ipaccord.member.memberstate;

import io.ipaccord.contracts.Identifiers;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of POST /member-states: the facts of {@link MemberStateChange} and the state's code. */
public class MemberStateInput extends MemberStateChange {

    @NotNull
    @Pattern(regexp = Identifiers.STATE_CODE, message = Identifiers.STATE_CODE_MESSAGE)
    public String code;
}
