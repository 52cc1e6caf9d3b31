package io.ipaccord.member.party;

/**
 * What bringing one party (a member state or an organisation) in line with the reference data did: registered it,
 * updated a fact that differed, or left it alone and published nothing.
 */
public enum Alignment { REGISTERED, UPDATED, UNCHANGED }
