package uk.joinedup.caseservice.outcomes.indicators;

import java.math.BigDecimal;
import java.util.Set;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * Every measure the indicators compute: its indicator, its definition as the page states it, the national
 * figure from the seeds where one exists (null where the seeds give none), and the categories of the facts it
 * reads. The one place these texts and figures live; templates take them from here.
 */
public enum Measure {
    ADULT_NOT_REOFFENDED(
            Indicator.EX_OFFENDERS,
            "Adults entering the cohort in the period (released from custody, convicted without custody, or"
                    + " cautioned) who did not commit an offence in the 12 months after that was proven within"
                    + " those 12 months or a further 6.",
            new NationalFigure(
                    new BigDecimal("74.6"),
                    "adult offenders convicted, cautioned or released from custody who did not go on to reoffend"
                            + " within 12 months",
                    "April 2010 to March 2011",
                    "000:293"),
            InformationCategory.OFFENDING),
    ADULT_IN_WORK(
            Indicator.EX_OFFENDERS,
            "Adults entering the cohort in the period who were in work 12 months after entering it.",
            new NationalFigure(new BigDecimal("11"), "in employment a year after release", "not stated", "000:286"),
            InformationCategory.OFFENDING,
            InformationCategory.EMPLOYMENT_AND_BENEFITS),
    YOUTH_REOFFENDED(
            Indicator.YOUTH_REOFFENDING,
            "Under-18s entering the cohort in the period (released from custody, convicted without custody,"
                    + " reprimanded, warned or given a youth caution) who committed an offence in the 12 months"
                    + " after that was proven within those 12 months or a further 6.",
            new NationalFigure(
                    new BigDecimal("35.8"),
                    "offenders under 18 who committed another offence within 12 months of release from custody,"
                            + " a non-custodial conviction, a reprimand or warning",
                    "April 2010 to March 2011",
                    "000:158-159"),
            InformationCategory.OFFENDING),
    TREATMENT_COMPLETED_NOT_RETURNED(
            Indicator.DRUG_AND_ALCOHOL_TREATMENT,
            "People who first entered drug or alcohol treatment in the three years to the period end, who left"
                    + " treatment successfully and had not returned by the period end.",
            new NationalFigure(
                    new BigDecimal("40"),
                    "people who first entered treatment for a drug or alcohol dependency who had successfully"
                            + " completed treatment and not returned",
                    "entrants 2009 to 2012, by 31 March 2012",
                    "000:286"),
            InformationCategory.SUBSTANCE_MISUSE),
    TREATMENT_IN_EMPLOYMENT(
            Indicator.DRUG_AND_ALCOHOL_TREATMENT,
            "People who first entered drug or alcohol treatment in the three years to the period end, who were"
                    + " in work on the period end.",
            null,
            InformationCategory.SUBSTANCE_MISUSE,
            InformationCategory.EMPLOYMENT_AND_BENEFITS),
    TREATMENT_NOT_CONVICTED(
            Indicator.DRUG_AND_ALCOHOL_TREATMENT,
            "People who first entered drug or alcohol treatment in the three years to the period end, who had"
                    + " not been convicted of an offence between entering treatment and the period end.",
            null,
            InformationCategory.SUBSTANCE_MISUSE,
            InformationCategory.OFFENDING),
    TREATMENT_ALL_THREE(
            Indicator.DRUG_AND_ALCOHOL_TREATMENT,
            "People who first entered drug or alcohol treatment in the three years to the period end, who"
                    + " left treatment successfully and had not returned, were in work and had not been"
                    + " convicted, all by the period end.",
            null,
            InformationCategory.SUBSTANCE_MISUSE,
            InformationCategory.EMPLOYMENT_AND_BENEFITS,
            InformationCategory.OFFENDING),
    ENTRENCHED_WORKLESSNESS(
            Indicator.ENTRENCHED_WORKLESSNESS,
            "Current claimants of Jobseeker's Allowance, Employment and Support Allowance (not the support"
                    + " group), Income Support as a lone parent, or Universal Credit searching for, planning for"
                    + " or preparing for work, who received an out-of-work benefit for at least three of the"
                    + " past four years, counting every benefit and every spell.",
            new NationalFigure(
                    new BigDecimal("36"),
                    "work-related claimants (JSA, ESA excluding the support group, lone parents on Income"
                            + " Support) on benefit for three to four of the past four years",
                    "November 2011",
                    "001:245-246"),
            InformationCategory.EMPLOYMENT_AND_BENEFITS),
    /** Counted in sessions, not people: {@link Education#attendance}. */
    ATTENDANCE(
            Indicator.EDUCATION,
            "Sessions attended as a share of the sessions possible over the terms, for the children with"
                    + " attendance recorded (case-level proxy: the national indicator is the attainment gap).",
            null,
            InformationCategory.EDUCATION),
    PERSISTENT_ABSENCE(
            Indicator.EDUCATION,
            "Children with attendance recorded for the terms who missed 10% or more of the sessions possible,"
                    + " authorised or not (case-level proxy: the national indicator is the attainment gap).",
            null,
            InformationCategory.EDUCATION),
    UNAUTHORISED_ABSENCE_15_PERCENT(
            Indicator.EDUCATION,
            "Children with attendance recorded for the terms who missed 15% or more of the sessions possible"
                    + " without permission: the threshold payment-by-results schemes use (case-level proxy).",
            null,
            InformationCategory.EDUCATION),
    EXCLUDED(
            Indicator.EDUCATION,
            "Children with attendance recorded for the terms or excluded in the period, who were excluded"
                    + " (fixed-term or permanently) in the period (case-level proxy).",
            null,
            InformationCategory.EDUCATION),
    KEY_STAGE_2_FREE_SCHOOL_MEALS(
            Indicator.EDUCATION,
            "Children on free school meals with key stage 2 results recorded in the 12 months to the period end"
                    + " who met the expected standard in reading, writing and maths. Compare with the other pupils:"
                    + " the national indicator is the gap between the two.",
            null,
            InformationCategory.EDUCATION),
    KEY_STAGE_2_OTHER_PUPILS(
            Indicator.EDUCATION,
            "Children not on free school meals with key stage 2 results recorded in the 12 months to the period"
                    + " end who met the expected standard in reading, writing and maths.",
            null,
            InformationCategory.EDUCATION),
    KEY_STAGE_4_FREE_SCHOOL_MEALS(
            Indicator.EDUCATION,
            "Children on free school meals with key stage 4 results recorded in the 12 months to the period end"
                    + " who achieved the Basics: grade 4 or above in both English and maths. Compare with the other"
                    + " pupils: nationally the gap between the two was 26.2 percentage points at 16 in 2011/12"
                    + " (000:148).",
            null,
            InformationCategory.EDUCATION),
    KEY_STAGE_4_OTHER_PUPILS(
            Indicator.EDUCATION,
            "Children not on free school meals with key stage 4 results recorded in the 12 months to the period"
                    + " end who achieved the Basics: grade 4 or above in both English and maths.",
            null,
            InformationCategory.EDUCATION),
    LIVING_WITH_BOTH_BIRTH_PARENTS(
            Indicator.FAMILY_STABILITY,
            "Children aged 5, 11 or 16 with a birth parent recorded, whose two birth parents are recorded and"
                    + " have not separated (case-level proxy: whether they live together is not checked, and"
                    + " the national figure is a survey).",
            new NationalFigure(
                    new BigDecimal("35"),
                    "12 to 16 year olds in low-income households living with both birth parents (65% do not)",
                    "not stated",
                    "000:51"),
            InformationCategory.FAMILY);

    private final Indicator indicator;
    private final String definition;
    private final NationalFigure nationalFigure;
    private final Set<InformationCategory> reads;

    Measure(Indicator indicator, String definition, NationalFigure nationalFigure, InformationCategory... reads) {
        this.indicator = indicator;
        this.definition = definition;
        this.nationalFigure = nationalFigure;
        this.reads = Set.of(reads);
    }

    /**
     * The categories of the facts it reads: a viewer from whom facts of these categories are withheld sees a
     * figure counted without them.
     */
    public Set<InformationCategory> reads() {
        return reads;
    }

    public Indicator indicator() {
        return indicator;
    }

    public String definition() {
        return definition;
    }

    /** The national figure from the seeds, or null where they give none. */
    public NationalFigure nationalFigure() {
        return nationalFigure;
    }
}
