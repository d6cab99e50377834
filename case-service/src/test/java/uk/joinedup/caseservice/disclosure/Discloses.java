package uk.joinedup.caseservice.disclosure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that shows what a GET route discloses to a viewer without a basis (or that it holds no
 * personal data). {@link EveryRouteIsCoveredIT} fails when a route the application maps has no such
 * test, so a new read path cannot ship without one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Discloses.Routes.class)
public @interface Discloses {

    /** The route's pattern as the application maps it, e.g. {@code /api/people/{personId}}. */
    String value();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Routes {
        Discloses[] value();
    }
}
