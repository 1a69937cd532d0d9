package com.legacytraining.advisor.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceReviews extends JpaRepository<GuidanceReview, Long> {
}
