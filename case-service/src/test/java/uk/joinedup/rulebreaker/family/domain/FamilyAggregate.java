package uk.joinedup.rulebreaker.family.domain;

import uk.joinedup.rulebreaker.views.caseload.UndisclosedQueries;

/** Breaks "family domain depends only on its api…". */
public class FamilyAggregate {
    UndisclosedQueries views;
}
