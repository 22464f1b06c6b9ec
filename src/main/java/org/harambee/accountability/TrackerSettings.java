package org.harambee.accountability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The country the network holds to account, named as UN documents name it (the "To" column of UPR files):
 * recommendations to it are the default view, members adopt them, and the treaty page shows its ratifications.
 */
@ConfigurationProperties("harambee.accountability")
public record TrackerSettings(@DefaultValue("United States") String country) {
}
