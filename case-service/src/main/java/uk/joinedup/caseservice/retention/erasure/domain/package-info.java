/**
 * The erasure aggregate, one event stream per subject's erasure, and the named rules it enforces: only
 * information-governance officers decide; a subject is proposed once; only a proposed erasure that is not held
 * is approved; only a proposed one is held, with a reason, a note and a review date after the day it is held;
 * only a held one is released, with a note; only an approved one is completed; a decision on a stale version is
 * a conflict.
 */
package uk.joinedup.caseservice.retention.erasure.domain;
