package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.FormInput;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * The add-an-admin form. Spaces around the username are forgiven (it is stored stripped); whether
 * another admin has it only the account service can tell, when it creates the account. Its submission
 * token makes sending it twice add the admin once ({@link Submissions}).
 */
public class NewAdminForm {

    @Pattern(regexp = "\\s*[A-Za-z0-9._@-]{3,100}\\s*", message = "{users.error.username}")
    private String username = "";
    @AcceptablePassword
    private String password = "";
    private String submission = Submissions.newToken();

    /** The inputs in page order, for the error summary; it names each by its label. */
    public List<FormInput> inputs() {
        return List.of(FormInput.labelled("username", "user-username", "users.field.username"),
                FormInput.labelled("password", "user-password", "users.field.password"));
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
