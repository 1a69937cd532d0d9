package com.legacytraining.advisor.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "revision")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type")
    private String itemType;

    @Column(name = "item_id")
    private long itemId;

    private int number;
    private String snapshot;

    @Column(name = "change_note")
    private String changeNote;

    @Column(name = "note_key")
    private String noteKey;

    private String author;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Revision() {
    }

    Revision(String itemType, long itemId, int number, String snapshot, String changeNote, String noteKey,
            String author, Instant createdAt) {
        this.itemType = itemType;
        this.itemId = itemId;
        this.number = number;
        this.snapshot = snapshot;
        this.changeNote = changeNote;
        this.noteKey = noteKey;
        this.author = author;
        this.createdAt = createdAt;
    }

    int getNumber() {
        return number;
    }

    String getSnapshot() {
        return snapshot;
    }

    String getChangeNote() {
        return changeNote;
    }

    String getNoteKey() {
        return noteKey;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
