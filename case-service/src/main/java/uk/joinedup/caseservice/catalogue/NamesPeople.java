package uk.joinedup.caseservice.catalogue;

import java.util.List;

/** A fact that names other registered people by their person id; they must exist when it is recorded. */
public interface NamesPeople extends AgencyFact {

    /** The person ids the fact names, without nulls. */
    List<String> people();
}
