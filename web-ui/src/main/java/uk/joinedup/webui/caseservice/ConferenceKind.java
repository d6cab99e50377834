package uk.joinedup.webui.caseservice;

/** The kind of meeting about a family: a case conference of the team around it, or a panel. */
public enum ConferenceKind {
    CASE_CONFERENCE,
    PANEL
}
