package org.harambee.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form staff name and describe a collection with. */
public class CollectionForm {

    public static final int MAX_TITLE = ResourceCollection.MAX_TITLE;
    public static final int MAX_DESCRIPTION = ResourceCollection.MAX_DESCRIPTION;

    @NotBlank
    @Size(max = MAX_TITLE)
    private String title;
    @Size(max = MAX_DESCRIPTION)
    private String description;

    static CollectionForm of(CollectionListing collection) {
        CollectionForm form = new CollectionForm();
        form.title = collection.title();
        form.description = collection.description();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
