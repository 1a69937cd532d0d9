package com.legacytraining.advisor.visitors;

/** Where an enquiry is in the inbox. Stored by name. */
public enum EnquiryStatus {
    NEW, IN_PROGRESS, ANSWERED, CLOSED;

    public String messageKey() {
        return "enquiries.status." + name();
    }
}
