/**
 * The start page, the signed-in home page ("My caseload": a page of the user's families, those needing
 * attention first, and for team managers a page of the referrals awaiting a decision and of the cases
 * without a lead professional, and every transfer of a case to their agency awaiting their decision), the
 * people the user registered, a team manager's view of their team's caseload (filtered by keyworker and
 * status), a data officer's home page (their data imports and the rows waiting for their review), an
 * administrator's home page (the way to identity-service's administration pages) and the
 * signed-out page. Every list but the transfers is a page of 50 with GOV.UK pagination.
 */
package uk.joinedup.webui.home;
