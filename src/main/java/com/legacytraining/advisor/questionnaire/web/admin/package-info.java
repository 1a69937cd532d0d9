/**
 * The admin pages for questions, the impact preview, history and scenarios.
 */
package com.legacytraining.advisor.questionnaire.web.admin;
