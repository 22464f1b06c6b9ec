package org.harambee.membership;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.site.StructuredData;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.springframework.modulith.NamedInterface;

/**
 * An organization as one viewer may see it: every field the viewer may not see is null (or empty), so a
 * template cannot show it by mistake. {@code published} is set only when the profile is public (the
 * organization is active and listed publicly): only then is it described for search engines and shared.
 */
@NamedInterface(name = "api", propagate = false)
public record OrganizationView(
        Long id, String slug, String name, boolean hasLogo, String mission, OrganizationType type,
        Integer yearFounded, BudgetBand budget, StaffSizeBand staffSize, String city, String stateCode, String state, String zip,
        String country, String website, List<String> languages, List<IssueArea> issueAreas, List<HumanRight> rights,
        String communitiesServed, boolean grassroots, boolean ledByDirectlyAffected, boolean foundingMember,
        LocalDate memberSince, MembershipStatus status, LocalDate renewalDate, Boolean listedPublicly,
        List<Capacity> offers, List<Capacity> needs, List<PersonView> people, List<StatusChange> history,
        boolean editable, boolean staff, boolean active, Published published) {

    private static final int SUMMARY_LENGTH = 200;

    /** A person as the viewer may see them; hidden details are null. */
    @NamedInterface(name = "api", propagate = false)
    public record PersonView(String name, String title, String email, String phone, String pronouns,
            boolean primaryContact, boolean representative) {
    }

    /** Where a public profile lives: its absolute address, and its logo's (null without one). */
    public record Published(String url, String logoUrl) {
    }

    /** The mission, shortened at a word to about 200 characters, for link previews. */
    public String summary() {
        String text = mission.strip().replaceAll("\\s+", " ");
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
    }

    /** schema.org JSON-LD describing the organization as an NGO, for public profiles only (null otherwise). */
    public String jsonLd(Locale locale) {
        if (published == null) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NGO");
        data.put("name", name);
        data.put("description", mission);
        data.put("url", published.url());
        if (published.logoUrl() != null) {
            data.put("logo", published.logoUrl());
        }
        if (website != null) {
            data.put("sameAs", website);
        }
        if (yearFounded != null) {
            data.put("foundingDate", String.valueOf(yearFounded));
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressLocality", city);
        if (state != null) {
            address.put("addressRegion", state);
        }
        address.put("addressCountry", country != null ? country : "US");
        data.put("address", address);
        data.put("areaServed", state != null ? state : new Locale("", country).getDisplayCountry(locale));
        if (!issueAreas.isEmpty()) {
            data.put("knowsAbout", issueAreas.stream().map(area -> area.name(locale)).toList());
        }
        return StructuredData.jsonLd(data);
    }
}
