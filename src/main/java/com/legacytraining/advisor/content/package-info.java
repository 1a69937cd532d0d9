/**
 * Guidance content: pages, their sections, key points and FAQ entries, how they are read and rendered.
 */
package com.legacytraining.advisor.content;
