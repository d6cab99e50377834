package uk.joinedup.webui.caseservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param url where case-service's API is reached from this service */
@ConfigurationProperties("joinedup.case-service")
public record CaseServiceProperties(@DefaultValue("http://localhost:8081") String url) {}
