package com.legacytraining.advisor.admin;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdminUsers extends JpaRepository<AdminUser, Long> {

    Optional<AdminUser> findByUsernameIgnoreCase(String username);
}
