/**
 * Demo data, only when {@code DEMO_DATA=true}: the agencies, teams and users of {@code
 * demo/directory.json}, loaded into an empty directory, each user pre-enrolled with the fixed TOTP
 * secret of the file; and the development page {@code /demo/codes} that shows their current codes
 * (absent, and refusing to start, without demo data). The run command prints its address.
 */
package uk.joinedup.identity.demo;
