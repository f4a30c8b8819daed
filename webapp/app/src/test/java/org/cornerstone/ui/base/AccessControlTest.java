package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cornerstone.origination.ui.SubmitAssetView;
import org.cornerstone.platform.ui.AdminView;
import org.cornerstone.review.ui.ReviewInboxView;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.Test;

class AccessControlTest {
  private static Actor with(Role role) {
    return new Actor("u", "U", "org", Set.of(role));
  }

  @Test
  void viewsOpenOnlyToTheirRoles() {
    assertThat(AccessControl.allowed(ReviewInboxView.class, with(Role.TRUSTEE))).isTrue();
    assertThat(AccessControl.allowed(ReviewInboxView.class, with(Role.INVESTOR))).isFalse();
    assertThat(AccessControl.allowed(SubmitAssetView.class, with(Role.ORIGINATOR))).isTrue();
    assertThat(AccessControl.allowed(SubmitAssetView.class, with(Role.TRUSTEE))).isFalse();
    assertThat(AccessControl.allowed(AdminView.class, with(Role.ADMIN))).isTrue();
    assertThat(AccessControl.allowed(AdminView.class, with(Role.ORIGINATOR))).isFalse();
  }

  @Test
  void aViewWithoutRolesIsClosedToEveryone() {
    assertThat(AccessControl.allowed(Object.class, with(Role.ADMIN))).isFalse();
  }
}
