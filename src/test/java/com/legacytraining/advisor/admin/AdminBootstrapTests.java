package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
                .when(users).createFirstAdmin(anyString(), anyString(), any(AdminUserService.PasswordSetBy.class));

        assertThatCode(() -> bootstrap("alex", "a long memorable passphrase").run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
        verify(users, times(1)).createFirstAdmin(anyString(), anyString(), any(AdminUserService.PasswordSetBy.class));
    }

    @Test
    void startsWhenAnotherInstanceTookTheNameBetweenTheCheckAndTheInsert() {
        when(users.anyExists()).thenReturn(false, true);
        doThrow(new AdminUserService.UsernameTakenException())
                .when(users).createFirstAdmin(anyString(), anyString(), any(AdminUserService.PasswordSetBy.class));

        assertThatCode(() -> bootstrap("", "").run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
    }

    @Test
    void stillFailsToStartWhenTheAdminCouldNotBeCreatedAndNoneExists() {
        when(users.anyExists()).thenReturn(false);
        doThrow(new DataIntegrityViolationException("username too long"))
                .when(users).createFirstAdmin(anyString(), anyString(), any(AdminUserService.PasswordSetBy.class));

        assertThatThrownBy(() -> bootstrap("alex", "a long memorable passphrase").run(new DefaultApplicationArguments()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theFirstAdminIsAskedToChangeAGeneratedPasswordButNotOneTheOperatorChose() {
        when(users.anyExists()).thenReturn(false);
        bootstrap("", "").run(new DefaultApplicationArguments());
        verify(users).createFirstAdmin(eq("admin"), anyString(), eq(AdminUserService.PasswordSetBy.SOMEONE_ELSE));

        bootstrap("alex", "a long memorable passphrase").run(new DefaultApplicationArguments());
        verify(users).createFirstAdmin("alex", "a long memorable passphrase", AdminUserService.PasswordSetBy.OWNER);
    }

    private AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(users, username, password);
    }
}
