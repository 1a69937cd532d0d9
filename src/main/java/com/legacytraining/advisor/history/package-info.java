/**
 * Revisions (append-only snapshots of any editable item) and the audit log, used by content and questionnaire.
 */
package com.legacytraining.advisor.history;
