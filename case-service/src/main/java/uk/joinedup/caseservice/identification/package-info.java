/**
 * Early identification (issue 15, ADR 29): a council's early-help team managers see the families and
 * households who may meet a programme's criteria (Troubled Families' entry criteria, Supporting Families'
 * needs), judged today from the facts the sharing policy shows them for {@code Purpose.EARLY_IDENTIFICATION},
 * and record their decision on each ({@code domain.Identification}). Nobody is labelled automatically: a
 * candidate is a question for a practitioner, and a referral is made through the existing casework.
 *
 * <p>The feature owns its contract ({@code api}: the decision command and event, the candidate id, the queries
 * and their answers), the aggregate ({@code domain}), the decisions' read model ({@code record}) and the REST
 * adapter ({@code web}). The list itself is composed across features in {@code views.identification}.
 */
package uk.joinedup.caseservice.identification;
