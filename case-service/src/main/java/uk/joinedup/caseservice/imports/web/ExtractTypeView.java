package uk.joinedup.caseservice.imports.web;

import java.util.List;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.imports.extracts.ExtractType;

/**
 * An extract type as its documentation: what each column holds and how it is written.
 *
 * @param fact the kind of fact each row records
 * @param recordableByYourAgency whether the viewer's agency may record that fact, and so import the extract
 */
record ExtractTypeView(
        String id,
        String name,
        String description,
        String fact,
        boolean createsPeople,
        boolean recordableByYourAgency,
        List<DocumentedColumn> columns) {

    static ExtractTypeView of(ExtractType type, Actor viewer) {
        return new ExtractTypeView(
                type.id(),
                type.name(),
                type.description(),
                type.factName(),
                type.createsPeople(),
                type.recordableBy(viewer.agencyKind()),
                type.columns().stream()
                        .map(column -> new DocumentedColumn(
                                column.name(), column.required(), column.meaning(), column.format()))
                        .toList());
    }

    record DocumentedColumn(String name, boolean required, String meaning, String format) {}
}
