package com.legacytraining.advisor.admin;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How Spring Session JDBC writes a session's attributes. By default it INSERTs an attribute the session did
 * not have when the request began, which fails in two ways, each a 500 after the user's edit was made:
 * <ul>
 * <li>two requests of one session at once (a double click on any Save that redirects with a message, which
 * both store as the flash map) both insert the same row, and the second fails with a duplicate key;</li>
 * <li>a request whose session was deleted while it ran (signed out in another tab) inserts a row for a
 * session that is gone, and fails its foreign key.</li>
 * </ul>
 * Written instead as an insert-or-update of only the sessions that still exist, the later request's value
 * wins, as it does for an attribute both change, and an ended session stays ended. Every attribute goes
 * through this one statement (the flash map, the security context, kept forms, the session stamp), so this
 * covers them all. Spring Session binds the session's primary id, the attribute's name and its bytes, in
 * that order; a deletion committed between this statement's read and its foreign-key check could still fail
 * it, a window of microseconds rather than a whole request.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** PostgreSQL's insert-or-update, of a session that still exists; the conflict is on the primary key (V16). */
    static final String POSTGRESQL_CREATE_SESSION_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            SELECT S.PRIMARY_ID, A.ATTRIBUTE_NAME, A.ATTRIBUTE_BYTES
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS BYTEA)))
                AS A (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            JOIN %TABLE_NAME% S ON S.PRIMARY_ID = A.SESSION_PRIMARY_ID
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** H2's insert-or-update, of a session that still exists; the key is the table's primary key (V16). */
    static final String H2_CREATE_SESSION_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            SELECT S.PRIMARY_ID, A.ATTRIBUTE_NAME, A.ATTRIBUTE_BYTES
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS VARBINARY)))
                AS A (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            JOIN %TABLE_NAME% S ON S.PRIMARY_ID = A.SESSION_PRIMARY_ID
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> insertOrUpdateSessionAttributes(DataSource dataSource) {
        return switch (databaseOf(dataSource)) {
            case POSTGRESQL -> sessions -> sessions.setCreateSessionAttributeQuery(POSTGRESQL_CREATE_SESSION_ATTRIBUTE);
            case H2 -> sessions -> sessions.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
            // Only H2 and PostgreSQL are supported; elsewhere Spring Session's plain INSERT stays.
            default -> sessions -> { };
        };
    }

    private static DatabaseDriver databaseOf(DataSource dataSource) {
        try {
            return DatabaseDriver.fromProductName(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException unreadable) {
            throw new IllegalStateException("Cannot tell which database keeps the admin sessions", unreadable);
        }
    }
}
