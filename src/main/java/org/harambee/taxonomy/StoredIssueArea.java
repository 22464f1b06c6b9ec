package org.harambee.taxonomy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A field of work such as housing or immigration. Staff may rename or retire one;
 * a retired issue area is no longer offered for new records but stays on old ones.
 */
@Entity
@Table(name = "issue_area")
class StoredIssueArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Bumped by every change: the rename form carries it, and a rename from an older one is refused. */
    @Version
    private long version;
    private String slug;
    private String nameEn;
    /** The English name in lower case: unique, so two staff giving two areas one name at once cannot both succeed. */
    private String nameKey;
    private String nameEs;
    private boolean founding;
    private boolean retired;
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issue_area_right", joinColumns = @JoinColumn(name = "issue_area_id"))
    @Column(name = "article")
    private Set<Integer> rights = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issue_area_upr_tag", joinColumns = @JoinColumn(name = "issue_area_id"))
    @Column(name = "tag")
    private Set<String> uprTags = new TreeSet<>();

    protected StoredIssueArea() {
    }

    StoredIssueArea(String slug, String nameEn, String nameEs, int sortOrder) {
        this.slug = slug;
        this.sortOrder = sortOrder;
        rename(nameEn, nameEs);
    }

    void rename(String nameEn, String nameEs) {
        this.nameEn = nameEn;
        this.nameKey = nameEn.strip().toLowerCase(Locale.ROOT);
        this.nameEs = nameEs;
    }

    void retire() {
        this.retired = true;
    }

    void restore() {
        this.retired = false;
    }

    int sortOrder() {
        return sortOrder;
    }

    IssueArea published() {
        return new IssueArea(id, version, slug, nameEn, nameEs, founding, retired, rights, uprTags);
    }
}
