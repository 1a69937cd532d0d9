package com.legacytraining.advisor.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTests {

    @Test
    void masksEmailAddressesAndPhoneNumbers() {
        assertThat(PersonalDataMask.mask("Mail jo.bloggs+x@care-home.co.uk or ring 01632 960001 or +44 (0)20 7946-0958."))
                .isEqualTo("Mail [email removed] or ring [phone number removed] or [phone number removed].");
        assertThat(PersonalDataMask.mask("write to jo (at) example.org")).isEqualTo("write to [email removed]");
    }

    @Test
    void leavesYearsCountsAndOrdinaryTextAlone() {
        String text = "The 2018 Act, 12 questions, 24 staff and section 5 are wrong here.";
        assertThat(PersonalDataMask.mask(text)).isEqualTo(text);
    }
}
