package org.harambee.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One document of a resource. Each upload of it is a new version; older versions are kept and listed. */
@Entity
@Table(name = "resource_file")
class ResourceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    @Column(name = "file_order")
    private int position;

    @OneToMany(mappedBy = "file", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number desc")
    private List<FileVersion> versions = new ArrayList<>();

    protected ResourceFile() {
    }

    ResourceFile(Resource resource, int position) {
        this.resource = resource;
        this.position = position;
    }

    /** Adds a version on top of the others, numbered after the newest. */
    void add(FileVersion version) {
        version.attach(this, versions.stream().mapToInt(FileVersion::number).max().orElse(0) + 1);
        versions.add(0, version);
    }

    public Long id() {
        return id;
    }

    /** The newest version, the one people download by default and the one searched. */
    public Optional<FileVersion> current() {
        return versions.stream().findFirst();
    }

    /** Every version, newest first. */
    public List<FileVersion> versions() {
        return List.copyOf(versions);
    }
}
