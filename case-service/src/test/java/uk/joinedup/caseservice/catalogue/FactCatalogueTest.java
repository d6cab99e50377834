package uk.joinedup.caseservice.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.agency.AgencyKind;

class FactCatalogueTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    static java.util.List<Class<? extends AgencyFact>> types() {
        return FactCatalogue.types();
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyKindOfFactSaysItsCategoryAndWhoMayRecordIt(Class<? extends AgencyFact> type) {
        assertThat(type.isRecord()).isTrue();
        assertThat(type.getAnnotation(FactKind.class)).isNotNull();
        assertThat(FactCatalogue.recordableBy(type)).isNotEmpty();
        assertThat(FactCatalogue.byName(type.getSimpleName())).contains(type);
    }

    @Test
    void coversTheDomainsAreasForEachKindOfAgency() {
        assertThat(FactCatalogue.types()).hasSizeGreaterThanOrEqualTo(40);
        for (AgencyKind kind : AgencyKind.values()) {
            assertThat(FactCatalogue.types().stream()
                            .filter(type -> FactCatalogue.recordableBy(type).contains(kind)))
                    .as(kind + " can record something")
                    .isNotEmpty();
        }
    }

    @Test
    void aHousingOfficerCannotRecordAConvictionButProbationCan() {
        OffenceProven conviction =
                new OffenceProven("Burglary", LocalDate.of(2026, 1, 5), Disposal.CONVICTION_CUSTODIAL);
        assertThat(FactCatalogue.isRecordableBy(conviction, AgencyKind.HOUSING)).isFalse();
        assertThat(FactCatalogue.isRecordableBy(conviction, AgencyKind.PROBATION))
                .isTrue();
    }

    @Test
    void termAttendanceCannotMissMoreSessionsThanThereWere() {
        var attendance = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 100, 60, 50);
        assertThat(validator.validate(attendance))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Absences cannot be more than the sessions possible");
    }

    @Test
    void aFixedTermExclusionNeedsItsDaysButAPermanentOneDoesNot() {
        assertThat(validator.validate(new ExcludedFromSchool(ExclusionType.FIXED_TERM, null)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Enter the number of days for a fixed-term exclusion");
        assertThat(validator.validate(new ExcludedFromSchool(ExclusionType.PERMANENT, null)))
                .isEmpty();
    }
}
