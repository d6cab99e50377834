/**
 * The emergency override aggregate, one event stream per override, and the named rules it enforces: only
 * practitioners break glass, with an explanation, and only when something is withheld from them; an
 * override is reviewed once, not by the practitioner who broke glass, by an information-governance
 * officer or a team manager of an agency whose entries it opened.
 */
package uk.joinedup.caseservice.emergency.domain;
