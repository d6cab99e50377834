package uk.joinedup.rulebreaker.imports.matching;

import org.springframework.stereotype.Component;

/** Breaks "matching an extract's rows to people is pure". */
@Component
public class ImpureMatcher {}
