package org.harambee.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form staff name and describe a collection with. */
public class CollectionForm {

    @NotBlank
    @Size(max = ResourceCollection.MAX_TITLE)
    private String title;
    @Size(max = ResourceCollection.MAX_DESCRIPTION)
    private String description;

    static CollectionForm of(ResourceCollection collection) {
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
