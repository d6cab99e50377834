package uk.joinedup.caseservice.outcomes.indicators;

/**
 * The key indicators of the Social Justice Outcomes Framework (seed 001) that case facts support. They are
 * "not a set of targets" (001:31): pages show them with their context and national figure, never as a
 * league table. Social investment (key indicator 7) is a national survey of the market (001:394), not a
 * case measure, so it is not here.
 *
 * @param title the indicator's name on the page
 * @param definedAt where seed 001 defines it
 * @param caseLevelProxy whether the national indicator comes from a survey or data the case record does not
 *     hold, so that what is computed here is a case-level proxy and labelled so
 */
public enum Indicator {
    FAMILY_STABILITY("Stable family relationships", "001:116-126", true),
    EDUCATION("Realising potential in the education system", "001:180, 001:204", true),
    YOUTH_REOFFENDING("Young people re-offending", "001:209", false),
    ENTRENCHED_WORKLESSNESS("Entrenched worklessness", "001:264-270", false),
    DRUG_AND_ALCOHOL_TREATMENT("Outcomes of drug or alcohol treatment", "001:343-347", false),
    EX_OFFENDERS("Outcomes for ex-offenders", "001:353", false);

    private final String title;
    private final String definedAt;
    private final boolean caseLevelProxy;

    Indicator(String title, String definedAt, boolean caseLevelProxy) {
        this.title = title;
        this.definedAt = definedAt;
        this.caseLevelProxy = caseLevelProxy;
    }

    public String title() {
        return title;
    }

    public String definedAt() {
        return definedAt;
    }

    public boolean caseLevelProxy() {
        return caseLevelProxy;
    }
}
