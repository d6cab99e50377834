package uk.joinedup.webui.family;

import org.springframework.web.util.UriComponentsBuilder;

/** What the "find a family" page sends: the family's or a member's name, a member's postcode, the page. */
public class FamilySearchForm {

    private String name;
    private String postcode;
    private int page = 1;

    /** Nothing was sent: the page was opened, not searched. */
    boolean opened() {
        return name == null && postcode == null;
    }

    boolean blank() {
        return blank(name) && blank(postcode);
    }

    /** The address of a page of results for this search, as the form would send it. */
    String page(String path, int number) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!blank(name)) {
            uri.queryParam("name", name.strip());
        }
        if (!blank(postcode)) {
            uri.queryParam("postcode", postcode.strip());
        }
        uri.queryParam("page", number);
        return uri.encode().build().toUriString();
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

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
