package uk.joinedup.webui.scale;

/**
 * Every page and API call the benchmark measures, in one place: the addresses are those of today's pages;
 * repoint them here as the pages of issue 12 arrive. A scenario whose address answers 404 (a page not
 * built yet) is skipped with a note in the results rather than failing the run.
 *
 * <p>In the addresses: {@code {busyFamily}} is the family with the long chronology, {@code {family}} one
 * of the others (a new one each time), {@code {misspelt}} a misspelt family name ("Smyth": the families
 * are Smiths).
 */
enum Scenario {
    FAMILY_SUMMARY_HTML(
            Channel.HTML,
            Actor.KEYWORKER,
            "/families/{busyFamily}",
            "family_summary_html",
            "today the family page holds every section and the whole chronology"),
    FAMILY_SUMMARY_SMALL_HTML(
            Channel.HTML,
            Actor.KEYWORKER,
            "/families/{family}",
            "family_summary_small_html",
            "a family of 4 with a short chronology"),
    CHRONOLOGY_PAGE_HTML(
            Channel.HTML,
            Actor.KEYWORKER,
            "/families/{busyFamily}/chronology?page=2",
            "chronology_page_html",
            "50 entries of the busy family (the page in parts: scale-pages)"),
    PERSON_SEARCH_HTML(
            Channel.HTML,
            Actor.KEYWORKER,
            "/people?name={misspelt}",
            "person_search_html",
            "today's form takes familyName; the phonetic search's takes name (scale-search)"),
    CASELOAD_HTML(Channel.HTML, Actor.KEYWORKER, "/", "caseload_html", "the keyworker's home page: the caseload"),
    TEAM_CASELOAD_HTML(
            Channel.HTML,
            Actor.MANAGER,
            "/team-caseload",
            "team_caseload_html",
            "the manager's view of the team's caseload (scale-paging)"),

    OUTCOMES_DASHBOARD_HTML(
            Channel.HTML,
            Actor.MANAGER,
            "/outcomes",
            "outcomes_dashboard_html",
            "the manager's outcomes dashboard: every indicator for the team's caseload, 8 quarters"),

    FAMILY_SUMMARY_API(
            Channel.API,
            Actor.KEYWORKER,
            "/api/families/{busyFamily}",
            "family_summary_api",
            "today the whole family with its whole chronology"),
    CHRONOLOGY_PAGE_API(
            Channel.API,
            Actor.KEYWORKER,
            "/api/families/{busyFamily}?page=2&pageSize=50",
            "chronology_page_api",
            "today case-service ignores page and pageSize: the whole chronology"),
    PERSON_SEARCH_API(
            Channel.API,
            Actor.KEYWORKER,
            "/api/people?name={misspelt}",
            "person_search_api",
            "familyName: today's parameter, kept by the phonetic search as an older form of name"),
    CASELOAD_API(Channel.API, Actor.KEYWORKER, "/api/caseload", "caseload_api", "the keyworker's caseload"),
    TEAM_CASELOAD_API(
            Channel.API,
            Actor.MANAGER,
            "/api/caseload/team",
            "team_caseload_api",
            "the team's open cases (scale-paging)"),
    OUTCOMES_DASHBOARD_API(
            Channel.API,
            Actor.MANAGER,
            "/api/outcomes/indicators",
            "outcomes_dashboard_api",
            "every indicator for the team's caseload by quarter, 8 quarters, as JSON");

    /** Where a scenario is measured: web-ui's pages or case-service's API. */
    enum Channel {
        HTML,
        API
    }

    /** Who asks: the keyworker with the large caseload, or the manager of their team. */
    enum Actor {
        KEYWORKER,
        MANAGER
    }

    static final String MISSPELT_NAME = "Smyth";

    final Channel channel;
    final Actor actor;
    final String address;
    final String key;
    final String note;

    Scenario(Channel channel, Actor actor, String address, String key, String note) {
        this.channel = channel;
        this.actor = actor;
        this.address = address;
        this.key = key;
        this.note = note;
    }

    /** The path to ask for, with the families of this run. */
    String path(String busyFamily, String family) {
        return address.replace("{busyFamily}", busyFamily)
                .replace("{family}", family)
                .replace("{misspelt}", MISSPELT_NAME);
    }
}
