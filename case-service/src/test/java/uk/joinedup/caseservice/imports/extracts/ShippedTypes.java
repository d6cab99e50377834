package uk.joinedup.caseservice.imports.extracts;

/** The extract types the service ships, for tests outside this package (their constructor is the service's). */
public final class ShippedTypes {

    private static final ExtractTypes SHIPPED = new ExtractTypes();

    private ShippedTypes() {}

    public static ExtractType find(String id) {
        return SHIPPED.find(id).orElseThrow();
    }
}
