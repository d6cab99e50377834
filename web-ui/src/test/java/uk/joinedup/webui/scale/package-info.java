/**
 * The HTTP-level scale benchmark (issue 12; {@code docs/scale-benchmark.md}), not a test: starts the three
 * services from their jars on the embedded store on files, signs demo users in for real (password, then an
 * authenticator code; OAuth2 authorization code with PKCE for API tokens, web-ui's own sign-in for pages),
 * loads families through case-service's public API, then measures pages and API calls while readers browse
 * and writers record case notes, and writes {@code target/bench/scale-results.json}. Run by
 * {@code ./mvnw -o -q -pl web-ui -Pbench verify}. The pages and calls measured are listed in {@link
 * uk.joinedup.webui.scale.Scenario}, in one place.
 */
package uk.joinedup.webui.scale;
