package org.harambee.workinggroups;

import org.harambee.site.RichText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new thread (title and first post) or a post: the text in Markdown. */
public class PostForm {

    @Size(max = Discussion.MAX_TITLE)
    private String title;
    @NotBlank
    @Size(max = RichText.MAX_LENGTH)
    private String body;
    private boolean readableOutside;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isReadableOutside() {
        return readableOutside;
    }

    public void setReadableOutside(boolean readableOutside) {
        this.readableOutside = readableOutside;
    }
}
