package uk.joinedup.caseservice.catalogue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that only records made under an earlier shape of the fact carry: kept so that nothing they said
 * is lost, never asked for in a form ({@code GET /api/fact-types} leaves it out) and refused in new input.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface NotAsked {}
