/**
 * case-service: the event-sourced core of JoinedUp.
 *
 * <ul>
 *   <li>The shared kernel, which depends on nothing above it: {@code agency} (who acts), {@code rules}
 *       (how a refusal is shaped), {@code catalogue} (the kinds of agency fact), {@code chronology}
 *       (how events become entries) and {@code sharing} (the pure sharing policy).
 *   <li>Features, each whole in one package: {@code person} and {@code family}, and the administration
 *       of sharing: {@code consent}, {@code agreement} (sharing agreements) and {@code emergency}
 *       (emergency overrides). Each has its {@code api} (the persisted contract), {@code domain} (the
 *       aggregate), {@code web} (the REST adapter) and the read models it owns ({@code record}, {@code
 *       index}, {@code membership}).
 *   <li>{@code views}: pages composed across features (the case file, caseloads).
 *   <li>{@code infrastructure}: Axon, the event store, read-model documents, security and error wiring
 *       (the MongoDB connection comes from the {@code embedded-mongo} module); {@code demo}: demo data.
 * </ul>
 */
package uk.joinedup.caseservice;
