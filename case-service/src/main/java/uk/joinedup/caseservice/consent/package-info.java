/**
 * Who may see what. {@code domain.SharingPolicy} holds the rules, pure; {@link
 * uk.joinedup.caseservice.consent.Disclosure} applies them at query time to every read path, so a
 * change (a withdrawal, a team change) takes effect on the next request without rebuilding anything.
 * Entries withheld from a viewer are counted, never shown.
 */
package uk.joinedup.caseservice.consent;
