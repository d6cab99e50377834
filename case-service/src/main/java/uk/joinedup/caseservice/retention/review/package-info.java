/**
 * The daily retention review (ADR 31 section 5, ADR 33): finds the people and families whose retention has ended
 * and proposes erasing each one not yet proposed; a family only once everyone who has belonged to it is due as
 * well or already proposed, since its file is part of each member's. It decides nothing itself: an
 * information-governance officer approves or holds each proposal.
 */
package uk.joinedup.caseservice.retention.review;
