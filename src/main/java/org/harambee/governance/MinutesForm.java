package org.harambee.governance;

import jakarta.validation.constraints.Size;

/** An assembly's minutes in English and/or Spanish, and whether to publish them to the members now. */
public class MinutesForm {

    @Size(max = 20000)
    private String minutesEn;
    @Size(max = 20000)
    private String minutesEs;
    private boolean publish;

    public String getMinutesEn() {
        return minutesEn;
    }

    public void setMinutesEn(String minutesEn) {
        this.minutesEn = minutesEn;
    }

    public String getMinutesEs() {
        return minutesEs;
    }

    public void setMinutesEs(String minutesEs) {
        this.minutesEs = minutesEs;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
