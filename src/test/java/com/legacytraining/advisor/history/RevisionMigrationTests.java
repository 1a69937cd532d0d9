package com.legacytraining.advisor.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Revisions written by the releases before read as new ones do: V20 dates each seeded item's "Original
 * version" when the seed was written rather than when the item was first changed, and V21 turns the
 * notes the site wrote in English into message keys, keeping only what an admin typed.
 */
class RevisionMigrationTests {

    @Test
    void originalVersionsTakeTheSeedDateAndNotesTheSiteWroteBecomeKeys() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:revisions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("19").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        String firstEdit = "2026-12-03 14:25:00+00";
        insert(jdbc, 1, "Original version", "system", firstEdit);
        insert(jdbc, 2, "Reviewed: text unchanged", "alice", firstEdit);
        insert(jdbc, 3, "Reviewed: text unchanged. Checked it: it''s right", "alice", firstEdit);
        insert(jdbc, 4, "Original version", "bob", firstEdit);
        insert(jdbc, 5, "Shorter answer", "bob", firstEdit);

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("select note_key, change_note, created_at from revision order by number")
                .query((row, index) -> List.of(String.valueOf(row.getString(1)), String.valueOf(row.getString(2)),
                        row.getObject(3, OffsetDateTime.class).toInstant().toString()))
                .list()).containsExactly(
                        List.of("revision.note.original", "null", "2026-11-27T00:00:00Z"),
                        List.of("revision.note.reviewed", "null", "2026-12-03T14:25:00Z"),
                        List.of("revision.note.reviewedWithNote", "Checked it: it's right", "2026-12-03T14:25:00Z"),
                        List.of("null", "Original version", "2026-12-03T14:25:00Z"),
                        List.of("null", "Shorter answer", "2026-12-03T14:25:00Z"));
    }

    private static void insert(JdbcClient jdbc, int number, String note, String author, String at) {
        jdbc.sql("insert into revision (item_type, item_id, number, snapshot, change_note, author, created_at) "
                + "values ('faq', 1, " + number + ", '{}', '" + note + "', '" + author + "', timestamp with time zone '"
                + at + "')").update();
    }
}
