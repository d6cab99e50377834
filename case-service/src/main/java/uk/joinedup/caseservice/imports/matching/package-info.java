/**
 * Which known person one row of an agency's data extract is about (ADR 27): a pure function of the row, the
 * candidates the person index found for it and the thresholds. No Spring, no Axon, no I/O and no clock, so
 * that every rule is tested by hand-made cases. A shared NHS, National Insurance or unique pupil number
 * decides only when the first name and date of birth confirm it; otherwise names, date of birth and
 * postcode are scored out of 100. The decision is to apply the row, to have a data officer review it, or
 * that it matches nobody; the reasons say in plain words what agreed and what differed, never quoting a
 * value, because the report is downloaded and shared.
 */
package uk.joinedup.caseservice.imports.matching;
