/**
 * An information-governance officer's erasures (issue 16, ADR 31): the people and families whose retention has ended
 * and whom the daily review proposed for erasure, with the schedule and the day; those held with their review date;
 * those approved and completed. Each proposal is approved (after a confirmation), or held for a reason until a review
 * date, and a hold is released. Subjects are named by id only. case-service refuses anyone but an
 * information-governance officer (403).
 */
package uk.joinedup.webui.retention;
