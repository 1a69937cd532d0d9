/**
 * Guidance content (pages, sections, key points, FAQ entries): reading what is published, writing drafts and revisions, arranging items, Markdown rendering and old addresses.
 */
package com.legacytraining.advisor.content;
