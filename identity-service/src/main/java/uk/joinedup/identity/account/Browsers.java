package uk.joinedup.identity.account;

import java.util.List;
import java.util.Map;

/** Describes a browser from its User-Agent in a few words, e.g. "Edge on Windows": enough to recognise it. */
final class Browsers {

    // order matters: Edge and Opera also say Chrome, Chrome also says Safari
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"),
            Map.entry("Firefox/", "Firefox"),
            Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Windows", "Windows"),
            Map.entry("Android", "Android"),
            Map.entry("iPhone", "iPhone"),
            Map.entry("iPad", "iPad"),
            Map.entry("Mac OS X", "macOS"),
            Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private Browsers() {}

    /** The browser and system, or null when the browser is not one of the usual ones. */
    static String describe(String userAgent) {
        String browser = userAgent == null ? null : first(BROWSERS, userAgent, null);
        if (browser == null) {
            return null;
        }
        String system = first(SYSTEMS, userAgent, null);
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> candidates, String userAgent, String otherwise) {
        return candidates.stream()
                .filter(candidate -> userAgent.contains(candidate.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(otherwise);
    }
}
