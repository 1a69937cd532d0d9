package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.site.FormInput;
import com.legacytraining.advisor.visitors.NewEnquiry;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The enquiry form. Every field is bound as text, so whatever was typed comes back on an error.
 * {@code website} is the honeypot: hidden from people, filled in by form-filling scripts.
 */
public class EnquiryForm {

    @NotBlank(message = "{enquiry.error.name}")
    @Size(max = 100, message = "{enquiry.error.tooLong}")
    private String name = "";

    @NotBlank(message = "{enquiry.error.organisation}")
    @Size(max = 200, message = "{enquiry.error.tooLong}")
    private String organisation = "";

    @NotBlank(message = "{enquiry.error.email}")
    @Email(message = "{enquiry.error.emailFormat}")
    @Size(max = 254, message = "{enquiry.error.tooLong}")
    private String email = "";

    @Pattern(regexp = "\\s*|\\s*\\+?[0-9][0-9 ()-]{5,28}\\s*", message = "{enquiry.error.phone}")
    private String phone = "";

    @Pattern(regexp = "\\s*|\\s*[1-9][0-9]{0,4}\\s*", message = "{enquiry.error.staffCount}")
    private String staffCount = "";

    @NotBlank(message = "{enquiry.error.message}")
    @Size(max = 2000, message = "{enquiry.error.tooLong}")
    private String message = "";

    @AssertTrue(message = "{enquiry.error.consent}")
    private boolean consent;

    @Size(max = 1000)
    private String result = "";

    private String website = "";

    public List<FormInput> inputs() {
        return List.of(FormInput.labelled("name", "enquiry-name", "enquiry.field.name"),
                FormInput.labelled("organisation", "enquiry-organisation", "enquiry.field.organisation"),
                FormInput.labelled("email", "enquiry-email", "enquiry.field.email"),
                FormInput.labelled("phone", "enquiry-phone", "enquiry.field.phone"),
                FormInput.labelled("staffCount", "enquiry-staffCount", "enquiry.field.staffCount"),
                FormInput.labelled("message", "enquiry-message", "enquiry.field.message"),
                FormInput.of("consent", "enquiry-consent"));
    }

    NewEnquiry toNewEnquiry(String resultQuery) {
        return new NewEnquiry(name.strip(), organisation.strip(), email.strip(), blankToNull(phone),
                staffCount.isBlank() ? null : Integer.valueOf(staffCount.strip()), message.strip(), resultQuery);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean honeypotFilled() {
        return website != null && !website.isEmpty();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(String staffCount) {
        this.staffCount = staffCount;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
