package uk.joinedup.caseservice.catalogue;

/** The key stages the education indicator measures. */
public enum KeyStage {
    KEY_STAGE_2,
    KEY_STAGE_4
}
