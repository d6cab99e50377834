package uk.joinedup.caseservice.family.api;

/**
 * One domain of a whole-family assessment.
 *
 * @param domain the area assessed
 * @param score {@link #NO_NEED} to {@link #SEVERE}
 * @param evidence what the score is based on, in the family's and practitioners' words
 */
public record AssessedNeed(NeedDomain domain, int score, String evidence) {

    public static final int NO_NEED = 0;
    public static final int SEVERE = 4;
}
