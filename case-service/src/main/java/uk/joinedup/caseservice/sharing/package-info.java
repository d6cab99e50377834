/**
 * Who may see what, as one pure policy: no Spring, no Axon, no I/O. {@link
 * uk.joinedup.caseservice.sharing.SharingPolicy} decides one entry for one viewer and says on what
 * basis; {@link uk.joinedup.caseservice.sharing.Disclosure} applies it to a collection at query time,
 * so a change (a team change today; consents, agreements and overrides later) takes effect on the next
 * request without rebuilding anything. Entries withheld from a viewer are counted, never shown.
 */
package uk.joinedup.caseservice.sharing;
