package uk.joinedup.webui.caseservice;

/** What a unit cost is for: each time a fact is recorded, or each day or week it lasts. */
public enum CostUnit {
    OCCURRENCE,
    DAY,
    WEEK
}
