/**
 * Recording an event about a person: choosing the kind of agency fact the user's agency may record,
 * the form generated from that kind's fields, and correcting or retracting a fact the user's agency
 * recorded.
 */
package uk.joinedup.webui.events;
