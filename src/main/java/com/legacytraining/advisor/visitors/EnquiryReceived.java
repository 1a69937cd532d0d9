package com.legacytraining.advisor.visitors;

/** A new enquiry was stored; what the notification needs, and nothing more personal. */
record EnquiryReceived(long id, String reference, String outcome) {
}
