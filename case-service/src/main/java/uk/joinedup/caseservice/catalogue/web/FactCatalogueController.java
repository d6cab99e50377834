package uk.joinedup.caseservice.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.catalogue.NotAsked;

@Tag(name = "Event catalogue")
@RestController
class FactCatalogueController {

    private static final List<FactTypeView> ALL = FactCatalogue.types().stream()
            .map(FactCatalogueController::describe)
            .toList();

    @Operation(summary = "Every kind of fact, with its fields; with mine=true, only those your agency may record")
    @GetMapping("/api/fact-types")
    List<FactTypeView> factTypes(@RequestParam(defaultValue = "false") boolean mine, Actor actor) {
        return ALL.stream()
                .filter(type -> !mine || type.recordableBy().contains(actor.agencyKind()))
                .toList();
    }

    private static FactTypeView describe(Class<? extends AgencyFact> type) {
        return new FactTypeView(
                type.getSimpleName(),
                FactCatalogue.category(type),
                FactCatalogue.recordableBy(type),
                Arrays.stream(type.getRecordComponents())
                        .filter(component -> !component.isAnnotationPresent(NotAsked.class))
                        .map(FactCatalogueController::field)
                        .toList());
    }

    private static FactTypeView.FieldView field(RecordComponent component) {
        Class<?> type = component.getType();
        // Constraints on a record component are carried by its accessor (and field), not the component.
        Method accessor = component.getAccessor();
        boolean required = accessor.isAnnotationPresent(NotNull.class)
                || accessor.isAnnotationPresent(NotBlank.class)
                || type.isPrimitive() && type != boolean.class;
        Size size = accessor.getAnnotation(Size.class);
        Integer maxLength = size != null ? size.max() : null;
        if (type.isEnum()) {
            List<String> options = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
            return new FactTypeView.FieldView(component.getName(), "CHOICE", required, options, null);
        }
        String input = type == LocalDate.class
                ? "DATE"
                : type == boolean.class || type == Boolean.class
                        ? "YES_NO"
                        : type == int.class || type == Integer.class
                                ? "NUMBER"
                                : maxLength != null && maxLength > 500 ? "LONG_TEXT" : "TEXT";
        return new FactTypeView.FieldView(component.getName(), input, required, List.of(), maxLength);
    }
}
