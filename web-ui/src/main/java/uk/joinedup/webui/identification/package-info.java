/**
 * Early identification, for an early-help team manager (an agency of kind {@code EARLY_HELP}, role {@code
 * TEAM_MANAGER}; anyone else is refused, 403, here and by case-service): the families and households who may meet
 * the Troubled Families entry criteria or show a Supporting Families need today, as case-service judged them from
 * the facts shared for early identification (ADR 29), each with the criteria met, the facts that met them and how
 * many facts were withheld; a decision on one (refer, not now, not eligible) with a reason; and confirming a
 * household found in the data as a family. Nothing here labels anyone: the list is a question for the manager,
 * and a referral is then made in the casework.
 */
package uk.joinedup.webui.identification;
