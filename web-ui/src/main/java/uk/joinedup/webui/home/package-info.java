/**
 * The start page, the signed-in home page ("My caseload": the user's families, those needing attention
 * first, the people they registered, and for team managers the cases without a lead professional), an
 * administrator's home page (the way to identity-service's administration pages) and the signed-out page.
 */
package uk.joinedup.webui.home;
