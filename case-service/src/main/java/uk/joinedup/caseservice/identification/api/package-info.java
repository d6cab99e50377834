/**
 * The early-identification contract: {@link uk.joinedup.caseservice.identification.api.DecideOnCandidate} and
 * {@link uk.joinedup.caseservice.identification.api.CandidateDecided}, the candidate's id, and the queries the
 * web adapter asks ({@link uk.joinedup.caseservice.identification.api.FindCandidates}, {@link
 * uk.joinedup.caseservice.identification.api.GetCandidate}) with their answers.
 */
package uk.joinedup.caseservice.identification.api;
