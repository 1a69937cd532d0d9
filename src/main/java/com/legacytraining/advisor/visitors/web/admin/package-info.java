/** Admin pages of the visitors module: the enquiry inbox, page feedback and outcome statistics. */
package com.legacytraining.advisor.visitors.web.admin;
