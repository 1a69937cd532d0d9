/**
 * Guidance content (pages, sections, key points, FAQ entries) and the advice texts of the result page: reading what is published, writing drafts and revisions, arranging items, review dates, citations between advice and guidance, Markdown rendering and old addresses.
 */
package com.legacytraining.advisor.content;
