package uk.joinedup.rulebreaker.views.caseload;

import org.axonframework.queryhandling.QueryHandler;
import uk.joinedup.rulebreaker.family.domain.FamilyAggregate;

/**
 * Breaks "every query handler discloses through the sharing policy" and "aggregates are reached only
 * through commands".
 */
public class UndisclosedQueries {
    FamilyAggregate aggregate;

    @QueryHandler
    String answer(String query) {
        return query;
    }
}
