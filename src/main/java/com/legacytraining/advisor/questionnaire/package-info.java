/**
 * The training-choice questionnaire: its definition, the scoring rules and the recommendation journey.
 */
package com.legacytraining.advisor.questionnaire;
