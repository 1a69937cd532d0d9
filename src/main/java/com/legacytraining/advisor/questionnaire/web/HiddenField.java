package com.legacytraining.advisor.questionnaire.web;

/** A hidden input of a GET form, so that what the address carried is carried on by the form. */
record HiddenField(String name, String value) {
}
