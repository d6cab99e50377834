package uk.joinedup.caseservice.outcomes.dashboard;

import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.outcomes.indicators.Measure;
import uk.joinedup.caseservice.outcomes.overview.Quarter;

/**
 * The people a measure counted in one quarter, for the same scope as {@link GetOutcomesDashboard}, with the
 * evidence the viewer may see.
 */
public record GetIndicatorPeople(Actor viewer, ScopeKind scope, String keyworker, Measure measure, Quarter quarter) {}
