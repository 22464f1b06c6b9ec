package org.harambee.directory.linkages;

import java.util.List;

/**
 * One organization's partner suggestions as its page shows them, best first, each with its reasons in words; and
 * the suggestions it hid, listed only for those who may act for it (its representatives, staff).
 */
public record Partners(String slug, String name, boolean mayActFor, List<Partner> partners, List<Hidden> hidden) {

    /** A suggested partner and why. */
    public record Partner(Long id, String slug, String name, int points, List<String> reasons) {
    }

    /** A suggestion hidden by the organization, which may be shown again. */
    public record Hidden(Long id, String name) {
    }
}
