package com.legacytraining.advisor.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "admin_user")
class AdminUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    /** Whether someone else set the password, so its owner should choose their own. */
    @Column(name = "password_change_due")
    private boolean passwordChangeDue;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AdminUser() {
    }

    AdminUser(String username, String passwordHash, boolean passwordChangeDue, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.passwordChangeDue = passwordChangeDue;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isPasswordChangeDue() {
        return passwordChangeDue;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** The admin's own new password: nobody else knows it any more. */
    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeDue = false;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
