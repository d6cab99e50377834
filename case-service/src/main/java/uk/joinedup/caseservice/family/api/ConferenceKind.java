package uk.joinedup.caseservice.family.api;

/**
 * What kind of meeting decided about the family (seed 003: "case boards", 796; multi-agency panels, 1594): a case
 * conference of the agencies working with the family, or a panel that decides on cases brought to it.
 */
public enum ConferenceKind {
    CASE_CONFERENCE,
    PANEL
}
