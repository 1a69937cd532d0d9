/**
 * The admin area's own pages: sign-in, dashboard, audit log, account and password forms.
 */
package com.legacytraining.advisor.admin.web;
