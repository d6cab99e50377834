package uk.joinedup.webui.person;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.govuk.DateInput;

/**
 * What the "find a person" page sends: any part of their names, optionally narrowed by date or year of
 * birth and postcode; or an identifier. And which page of results.
 */
public class PersonSearchForm {

    private String name;
    private DateInput dateOfBirth = new DateInput();
    private String yearOfBirth;
    private String postcode;
    private String identifier;
    private int page = 1;

    /** Nothing was sent: the page was opened, not searched. */
    boolean opened() {
        return name == null && dateOfBirth.blank() && yearOfBirth == null && postcode == null && identifier == null;
    }

    /** Nothing was typed. */
    boolean empty() {
        return blank(name) && dateOfBirth.blank() && blank(yearOfBirth) && blank(postcode) && blank(identifier);
    }

    /** Something to search by besides a year, which only narrows. */
    boolean searchable() {
        return !blank(name) || !dateOfBirth.blank() || !blank(postcode) || !blank(identifier);
    }

    /** The address of a page of results for this search, as the form would send it. */
    String page(String path, String family, int number) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "name", name);
        if (!dateOfBirth.blank()) {
            add(uri, "dateOfBirth.day", dateOfBirth.getDay());
            add(uri, "dateOfBirth.month", dateOfBirth.getMonth());
            add(uri, "dateOfBirth.year", dateOfBirth.getYear());
        }
        add(uri, "yearOfBirth", yearOfBirth);
        add(uri, "postcode", postcode);
        add(uri, "identifier", identifier);
        add(uri, "family", family);
        uri.queryParam("page", number);
        return uri.encode().build().toUriString();
    }

    /** The family name to start registering someone with: the last word of the name searched for. */
    public String registerFamilyName() {
        List<String> words = words();
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    /** The given names to start registering someone with: the words before the last. */
    public String registerGivenNames() {
        List<String> words = words();
        return words.size() < 2 ? null : String.join(" ", words.subList(0, words.size() - 1));
    }

    private List<String> words() {
        return blank(name) ? List.of() : Arrays.asList(name.strip().split("\\s+"));
    }

    private static void add(UriComponentsBuilder uri, String parameter, String value) {
        if (!blank(value)) {
            uri.queryParam(parameter, value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getYearOfBirth() {
        return yearOfBirth;
    }

    public void setYearOfBirth(String yearOfBirth) {
        this.yearOfBirth = yearOfBirth;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
