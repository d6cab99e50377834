package uk.joinedup.caseservice.outcomes.indicators;

import java.math.BigDecimal;

/**
 * The national figure shown beside a measure, as the seeds state it.
 *
 * @param percent the figure, a percentage
 * @param what what it is a percentage of, in the source's words
 * @param period the period it covers
 * @param source the seed and line it is quoted from (e.g. {@code 000:293})
 */
public record NationalFigure(BigDecimal percent, String what, String period, String source) {}
