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
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How Spring Session JDBC writes a session's attributes. By default it INSERTs an attribute the session did
 * not have when the request began; two requests of one session at once (a double click on any Save that
 * redirects with a message, which both store as the flash map) then both insert the same row, and the
 * second fails with a duplicate key: a 500. Written as an insert-or-update instead, the later request's
 * value wins, as it does for an attribute both change. Every attribute goes through this one statement
 * (the flash map, the security context, kept forms, the session stamp), so this covers them all.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** H2's insert-or-update; the key is the table's primary key (V16). */
    static final String H2_CREATE_SESSION_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> insertOrUpdateSessionAttributes(DataSource dataSource) {
        return switch (databaseOf(dataSource)) {
            // Spring Session's own: INSERT ... ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE.
            case POSTGRESQL -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
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
