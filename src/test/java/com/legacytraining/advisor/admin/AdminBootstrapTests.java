package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two instances started together on one empty database both find no admin and both try to create the
 * first one; the database's unique username lets one win. The other must start all the same.
 */
class AdminBootstrapTests {

    private final AdminUserService users = mock(AdminUserService.class);

    @Test
    void startsWhenAnotherInstanceCreatedTheFirstAdminAtTheSameMoment() {
        when(users.anyExists()).thenReturn(false, true);
        doThrow(new DataIntegrityViolationException("uq_admin_user_username"))
                .when(users).create(anyString(), anyString(), anyString());

        assertThatCode(() -> bootstrap("alex", "a long memorable passphrase").run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
        verify(users, times(1)).create(anyString(), anyString(), anyString());
    }

    @Test
    void startsWhenAnotherInstanceTookTheNameBetweenTheCheckAndTheInsert() {
        when(users.anyExists()).thenReturn(false, true);
        doThrow(new AdminUserService.UsernameTakenException())
                .when(users).create(anyString(), anyString(), anyString());

        assertThatCode(() -> bootstrap("", "").run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
    }

    @Test
    void stillFailsToStartWhenTheAdminCouldNotBeCreatedAndNoneExists() {
        when(users.anyExists()).thenReturn(false);
        doThrow(new DataIntegrityViolationException("username too long"))
                .when(users).create(anyString(), anyString(), anyString());

        assertThatThrownBy(() -> bootstrap("alex", "a long memorable passphrase").run(new DefaultApplicationArguments()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(users, username, password);
    }
}
