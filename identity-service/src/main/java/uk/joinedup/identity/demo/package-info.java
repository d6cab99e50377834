/**
 * Demo agencies and users, loaded from {@code demo/directory.json} into an empty directory when
 * {@code DEMO_DATA=true}. The run command prints the same file's sign-ins.
 */
package uk.joinedup.identity.demo;
