/**
 * What every editable item shares: append-only revisions, diffs, the audit log and the outcome of a save that may conflict.
 */
package com.legacytraining.advisor.history;
