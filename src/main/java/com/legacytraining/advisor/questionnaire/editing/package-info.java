/**
 * Editing the questionnaire: the draft, the publish gate, versions, history and restore.
 */
package com.legacytraining.advisor.questionnaire.editing;
