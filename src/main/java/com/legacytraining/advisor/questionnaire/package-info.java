/**
 * The training-choice questionnaire: its stored definition, read (cached) and written as versions.
 */
package com.legacytraining.advisor.questionnaire;
