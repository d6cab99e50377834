package uk.joinedup.rulebreaker.person.api;

import com.mongodb.client.MongoCollection;

/** Breaks "api depends only on the kernel and other features' api". */
public class PersonThing {
    MongoCollection<?> collection;
}
