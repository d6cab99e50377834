package uk.joinedup.caseservice.imports.extracts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * For an extract whose rows are about two people: the fact is recorded not on the row's person (matched or
 * registered as in any extract) but on the person one of its columns identifies ({@code subject.<identifier>},
 * who must be registered already), and names the row's person in one of its fields. A school's contacts
 * export, say: the row's person is the parent, the fact {@code ParentRecorded} is recorded on the pupil its
 * UPN names, and names the parent.
 *
 * @param personField the fact's field that is given the row's person's id (no column gives it)
 * @param ifUnknown what to do when nobody registered holds the subject's identifier, in plain words: it ends
 *     the row's refusal, for example "import the school's attendance first"
 */
public record ExtractSubject(@NotBlank String personField, @NotBlank String ifUnknown) {

    private static final ObjectMapper FACTS = new ObjectMapper().registerModule(new JavaTimeModule());

    /** The fact with its {@code personField} naming this person (or nobody, for null). */
    public static AgencyFact naming(AgencyFact fact, String personField, String personId) {
        Map<String, Object> fields = new LinkedHashMap<>(FACTS.convertValue(fact, new TypeReference<>() {}));
        fields.put(personField, personId);
        return FACTS.convertValue(fields, fact.getClass());
    }
}
