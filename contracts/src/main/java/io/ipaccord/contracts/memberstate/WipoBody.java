package io.ipaccord.contracts.memberstate;

/** WIPO bodies on which a member state can hold a seat. */
public enum WipoBody {
    GENERAL_ASSEMBLY,
    CONFERENCE,
    COORDINATION_COMMITTEE,
    PROGRAM_AND_BUDGET_COMMITTEE,
    /** Standing Committee on Copyright and Related Rights. */
    SCCR,
    /** Standing Committee on the Law of Patents. */
    SCP,
    /** Standing Committee on the Law of Trademarks, Industrial Designs and Geographical Indications. */
    SCT,
    /** Committee on WIPO Standards. */
    CWS,
    /** Committee on Development and Intellectual Property. */
    CDIP,
    /** Intergovernmental Committee on IP and Genetic Resources, Traditional Knowledge and Folklore. */
    IGC,
    /** Advisory Committee on Enforcement. */
    ACE
}
