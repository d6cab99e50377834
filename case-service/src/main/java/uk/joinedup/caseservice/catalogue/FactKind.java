package uk.joinedup.caseservice.catalogue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/** What kind of information a fact is, and which kinds of agency may record it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FactKind {

    /** The category; for a fact of the recording agency's category, the category when that is unknown. */
    InformationCategory category();

    /**
     * The fact takes the recording agency's own category ({@link AgencyKind#ownCategory()}) rather than
     * {@link #category()}: e.g. help a health service offered and the person declined is health
     * information, and is shared as such.
     */
    boolean categoryOfTheRecordingAgency() default false;

    AgencyKind[] recordableBy();
}
