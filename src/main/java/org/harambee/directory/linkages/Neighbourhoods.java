package org.harambee.directory.linkages;

import java.util.List;

/** One page of organizations, by name, each with its nearest neighbours in the network and what they share. */
public record Neighbourhoods(List<Neighbourhood> organizations, Listed page) {

    /** An organization and its nearest neighbours. */
    public record Neighbourhood(String slug, String name, List<Near> neighbours) {
    }

    /** A neighbour: how alike (percent) and the rights and issue areas both work on, in words. */
    public record Near(String slug, String name, int percent, List<String> sharedRights,
            List<String> sharedIssueAreas) {
    }
}
