/**
 * The suite of realistic staff groups with their expected results, and running it against a questionnaire.
 */
package com.legacytraining.advisor.questionnaire.scenarios;
