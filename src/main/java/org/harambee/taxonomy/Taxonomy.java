package org.harambee.taxonomy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.site.EditedVersion;
import org.harambee.site.Option;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read and curate the shared vocabulary. */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class Taxonomy {

    private final IssueAreas issueAreas;
    private final HumanRights rights;
    private final UsStates states;
    private final Instruments instruments;
    private final StateBorders borders = StateBorders.load();

    Taxonomy(IssueAreas issueAreas, HumanRights rights, UsStates states, Instruments instruments) {
        this.issueAreas = issueAreas;
        this.instruments = instruments;
        this.rights = rights;
        this.states = states;
    }

    /** Every issue area, retired ones included (for showing old records). */
    public List<IssueArea> allIssueAreas() {
        return issueAreas.findAllByOrderBySortOrderAscNameEnAsc().stream().map(StoredIssueArea::published).toList();
    }

    /** The issue areas offered for new choices. */
    public List<IssueArea> activeIssueAreas() {
        return allIssueAreas().stream().filter(area -> !area.retired()).toList();
    }

    /** The active issue areas as choices of a form, by id. */
    public List<Option> issueAreaChoices(Locale locale) {
        return activeIssueAreas().stream().map(area -> new Option(String.valueOf(area.id()), area.name(locale)))
                .toList();
    }

    /** The name of every issue area (retired ones included) by its slug, as facets of searches name them. */
    public Map<String, String> issueAreaNamesBySlug(Locale locale) {
        return allIssueAreas().stream().collect(Collectors.toMap(IssueArea::slug, area -> area.name(locale)));
    }

    public Optional<IssueArea> issueArea(String slug) {
        return issueAreas.findBySlug(slug).map(StoredIssueArea::published);
    }

    public List<IssueArea> issueAreasById(Collection<Long> ids) {
        return allIssueAreas().stream().filter(area -> ids.contains(area.id())).toList();
    }

    public boolean isActiveIssueArea(Long id) {
        return issueAreas.findById(id).map(area -> !area.published().retired()).orElse(false);
    }

    public List<HumanRight> rights() {
        return rights.findAllByOrderByArticleAsc().stream().map(StoredRight::published).toList();
    }

    /** The rights as choices of a form, by article. */
    public List<Option> rightChoices(Locale locale) {
        return rights().stream().map(right -> new Option(String.valueOf(right.article()), right.label(locale)))
                .toList();
    }

    /** The label of every right by its article number as text, as facets of searches name them. */
    public Map<String, String> rightLabelsByArticle(Locale locale) {
        return rights().stream().collect(Collectors.toMap(right -> String.valueOf(right.article()),
                right -> right.label(locale)));
    }

    public boolean isRight(int article) {
        return article >= 1 && article <= 30 && rights.existsById(article);
    }

    public List<HumanRight> rights(Set<Integer> articles) {
        return rights().stream().filter(right -> articles.contains(right.article())).toList();
    }

    public List<UsState> states() {
        return states.findAllByOrderByNameAsc().stream().map(StoredState::published).toList();
    }

    /** Which states share a land border. */
    public StateBorders stateBorders() {
        return borders;
    }

    public Optional<UsState> state(String code) {
        return code == null ? Optional.empty() : states.findById(code.toUpperCase(Locale.ROOT)).map(StoredState::published);
    }

    /** The international human rights instruments, in their order (the core treaties first, by adoption). */
    public List<Instrument> instruments() {
        return instruments.findAllByOrderBySortOrder().stream().map(StoredInstrument::published).toList();
    }

    public List<Instrument> instruments(Collection<String> codes) {
        return instruments.findAllById(codes).stream().map(StoredInstrument::published).toList();
    }

    public Optional<Instrument> instrument(String code) {
        return code == null ? Optional.empty() : instruments.findById(code).map(StoredInstrument::published);
    }

    public boolean isInstrument(String code) {
        return code != null && instruments.existsById(code);
    }

    /** Adds an instrument after the others; its code must be new (see {@link #isInstrument}). */
    @Transactional
    public Instrument addInstrument(String code, String nameEn, String nameEs, LocalDate adopted,
            String monitoringBody) {
        if (isInstrument(code)) {
            throw new IllegalArgumentException("An instrument has the code " + code + " already");
        }
        int order = instruments.findAll().stream().mapToInt(StoredInstrument::sortOrder).max().orElse(0) + 1;
        return instruments.saveAndFlush(new StoredInstrument(code, nameEn, nameEs, adopted, monitoringBody, order))
                .published();
    }

    /** Whether another issue area than {@code exceptSlug} (null for none) already has this English name. */
    public boolean isIssueAreaNameTaken(String nameEn, String exceptSlug) {
        return nameEn != null && allIssueAreas().stream()
                .anyMatch(other -> !other.slug().equals(exceptSlug) && other.nameEn().equalsIgnoreCase(nameEn.strip()));
    }

    @Transactional
    public IssueArea addIssueArea(String nameEn, String nameEs) {
        if (isIssueAreaNameTaken(nameEn, null)) {
            throw new DuplicateIssueAreaException(nameEn.strip());
        }
        String base = slugOf(nameEn);
        String slug = base;
        for (int n = 2; issueAreas.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        int order = issueAreas.findAll().stream().mapToInt(StoredIssueArea::sortOrder).max().orElse(0) + 1;
        return issueAreas.saveAndFlush(new StoredIssueArea(slug, nameEn.strip(), nameEs.strip(), order)).published();
    }

    /** Renames an issue area; refused when it changed since the form showed version {@code seen}. */
    @Transactional
    public void renameIssueArea(String slug, Long seen, String nameEn, String nameEs) {
        StoredIssueArea area = issueAreas.findBySlug(slug).orElseThrow(() -> new UnknownIssueAreaException(slug));
        IssueArea published = area.published();
        EditedVersion.require(seen, published.version(), IssueArea.class, published.id());
        if (isIssueAreaNameTaken(nameEn, slug)) {
            throw new DuplicateIssueAreaException(nameEn.strip());
        }
        area.rename(nameEn.strip(), nameEs.strip());
        issueAreas.flush();
    }

    @Transactional
    public void retireIssueArea(String slug) {
        issueAreas.findBySlug(slug).orElseThrow(() -> new UnknownIssueAreaException(slug)).retire();
    }

    @Transactional
    public void restoreIssueArea(String slug) {
        issueAreas.findBySlug(slug).orElseThrow(() -> new UnknownIssueAreaException(slug)).restore();
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "issue" : slug;
    }
}
