/**
 * What a change to the questionnaire would do: to every scenario, and to every possible answer set, counted exactly.
 */
package com.legacytraining.advisor.questionnaire.impact;
