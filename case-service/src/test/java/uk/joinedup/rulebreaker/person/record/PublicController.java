package uk.joinedup.rulebreaker.person.record;

import org.springframework.web.bind.annotation.RestController;

/** Breaks "controllers are package-private, in web packages". */
@RestController
public class PublicController {}
