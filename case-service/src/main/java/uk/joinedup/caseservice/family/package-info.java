/**
 * A family (household) and its case: members and relationships, referrals into the programme, the
 * team around the family, the lead professional, assessments, the support plan, reviews, closure and
 * reopening. {@code api} is the persisted contract, {@code domain} the aggregate, {@code web} the REST
 * adapter; its read models are {@code record} (one document per family), {@code index} (search by name)
 * and {@code membership} (which households each person belongs to).
 */
package uk.joinedup.caseservice.family;
