package com.legacytraining.advisor.visitors.web.admin;

import com.legacytraining.advisor.visitors.EnquiryStatus;

/**
 * The status chosen on an enquiry's page, as the page's {@code statusForm}, so that a status chosen
 * when the admin's session ended is chosen again after signing in (the notes are the page's other form).
 */
public class StatusForm {

    private String status = "";

    static StatusForm of(EnquiryStatus status) {
        StatusForm form = new StatusForm();
        form.status = status.name();
        return form;
    }

    /** Whether the page's list shows this status as chosen. */
    public boolean chooses(EnquiryStatus choice) {
        return choice.name().equals(status);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
