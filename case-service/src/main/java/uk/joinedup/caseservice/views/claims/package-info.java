/**
 * The payment-by-results claims page: for a team manager, the families their agency is involved in, each
 * evaluated under every scheme ({@code outcomes.schemes}) from what the outcomes dashboard reads ({@link
 * uk.joinedup.caseservice.views.outcomes.OutcomeFamilies}, ADR 25), with each result's claims ({@code
 * outcomes.claims.record}). Composed here because it reads the family records, the outcome facts, consents and
 * overrides, and the agreements together.
 *
 * <p>What a request reads: the agency's list of families ({@link
 * uk.joinedup.caseservice.views.claims.ClaimsScopeProjection}, {@value
 * uk.joinedup.caseservice.views.claims.ClaimsScopeProjection#SHARDS} documents by {@code _id}), the families'
 * stamps (and the records of those changed since), their members' buckets of outcome facts, and the results'
 * claims by {@code _id}. No event is read. A family is in scope when the viewer is a team manager of an agency
 * involved in its case now ({@code FamilyRecord#managedBy}, as for sharing and ADR 13), and it is evaluated once
 * its case has opened: the day it opened is the day it joined the scheme.
 *
 * <p>Facts are filtered through the sharing policy for {@code Purpose.OUTCOMES} (ADR 21) before the schemes
 * see them, so a figure, a result and its evidence rest only on facts the viewer may see; the answers say how
 * many were withheld, never which. What the list shows of a family ({@link
 * uk.joinedup.caseservice.views.claims.ListedFamily}) is remembered while the family, its members' facts and
 * what the policy decides of them are unchanged. Viewing one family's evaluation is logged as a view of the
 * family.
 */
package uk.joinedup.caseservice.views.claims;
