package org.harambee.accountability;

import java.util.List;

/** A chapter of a shadow report: an issue area's name and its recommendations with their follow-up. */
public record ShadowReportChapter(String title, List<Timeline> recommendations) {
}
