/**
 * Backups of the site's database: a consistent online copy of the embedded H2 database, made from the admin
 * area (or on a schedule), listed and downloaded by admins. PostgreSQL is backed up with its own tools.
 */
package com.legacytraining.advisor.backup;
