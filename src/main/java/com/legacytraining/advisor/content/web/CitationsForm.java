package com.legacytraining.advisor.content.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections ticked on an advice text's editor, as the page's {@code citationsForm}, so that boxes
 * ticked when the admin's session ended are ticked again after signing in. The form posts each ticked
 * box as {@code section}, and {@code _section} always, so that no box ticked is told from no form.
 */
public class CitationsForm {

    private List<String> section = new ArrayList<>();

    static CitationsForm of(List<Long> cited) {
        CitationsForm form = new CitationsForm();
        cited.forEach(id -> form.section.add(String.valueOf(id)));
        return form;
    }

    /** Whether the section's box is ticked. */
    public boolean cites(long id) {
        return section.contains(String.valueOf(id));
    }

    public List<String> getSection() {
        return section;
    }

    public void setSection(List<String> section) {
        this.section = section == null ? new ArrayList<>() : section;
    }
}
