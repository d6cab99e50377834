package uk.joinedup.webui.caseservice;

/**
 * The lawful bases and statutory gateways a sharing agreement may rest on; their legal titles are in
 * the message bundle ({@code enum.LawfulBasis.*}).
 */
public enum LawfulBasis {
    PUBLIC_TASK,
    LEGAL_OBLIGATION,
    SUBSTANTIAL_PUBLIC_INTEREST,
    HEALTH_OR_SOCIAL_CARE,
    CRIME_AND_DISORDER_ACT_S115,
    CHILDREN_ACT_2004_S10,
    CHILDREN_ACT_2004_S11,
    DIGITAL_ECONOMY_ACT_2017_PART_5
}
