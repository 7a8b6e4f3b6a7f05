package vn.hotline1022.gateway.auth;

import vn.hotline1022.access.Role;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstAdminTest {

    private static UserAccount user(String name, Role role, boolean enabled) {
        return new UserAccount(name, name, "hash", Set.of(role), null, enabled, false, Instant.EPOCH);
    }

    @Test
    void createsTheAdminOnlyWhenNoEnabledAdminExists() {
        String password = "a-long-secret-123";
        assertThat(FirstAdmin.needed(List.of(), "root", password)).isTrue();
        assertThat(FirstAdmin.needed(List.of(user("op", Role.OPERATOR, true)), "root", password)).isTrue();
        assertThat(FirstAdmin.needed(List.of(user("old", Role.ADMIN, false)), "root", password)).isTrue();
        assertThat(FirstAdmin.needed(List.of(user("boss", Role.ADMIN, true)), "root", password)).isFalse();
    }

    @Test
    void doesNothingWithoutConfigurationAndRefusesAWeakPassword() {
        assertThat(FirstAdmin.needed(List.of(), "", "whatever-long-enough")).isFalse();
        assertThat(FirstAdmin.needed(List.of(), "root", "")).isFalse();
        assertThatThrownBy(() -> FirstAdmin.needed(List.of(), "root", "short"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("12");
    }
}
