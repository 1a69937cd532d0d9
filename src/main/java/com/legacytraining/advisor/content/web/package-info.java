/**
 * Guidance pages for visitors, the sitemap and the admin content editor.
 */
package com.legacytraining.advisor.content.web;
