package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.site.FormInput;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The optional "what was wrong" box after a No; the token ties it to that answer (and tells its page). */
public class FeedbackCommentForm {

    @Size(max = 500, message = "{feedback.error.tooLong}")
    private String comment = "";
    @Size(max = 40)
    private String token = "";
    private String website = "";

    public List<FormInput> inputs() {
        return List.of(FormInput.of("comment", "feedback-comment"));
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
