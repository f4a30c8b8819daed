package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldingIdentityMapTest {
  private static final String TEXT =
      "3B8DECDDD6E2@CN=Trustee, O=Alpha Trust, L=Zurich, C=CH"
          + " | a1b2c3d4e5f6@O=Beta Bank, L=London, C=GB";

  @Test
  void parsesEntriesAndLooksUpBothWays() {
    HoldingIdentityMap map = HoldingIdentityMap.parse(TEXT);

    assertThat(map.size()).isEqualTo(2);
    assertThat(map.shortHashOf("CN=Trustee, O=Alpha Trust, L=Zurich, C=CH"))
        .contains("3B8DECDDD6E2");
    assertThat(map.shortHashOf("O=Beta Bank, L=London, C=GB")).contains("A1B2C3D4E5F6");
    assertThat(map.x500NameOf("a1b2c3d4e5f6")).contains("O=Beta Bank, L=London, C=GB");
    assertThat(map.asMap())
        .isEqualTo(
            Map.of(
                "CN=Trustee, O=Alpha Trust, L=Zurich, C=CH", "3B8DECDDD6E2",
                "O=Beta Bank, L=London, C=GB", "A1B2C3D4E5F6"));
  }

  @Test
  void lookupIgnoresAttributeOrderAndSpacing() {
    HoldingIdentityMap map = HoldingIdentityMap.parse(TEXT);

    assertThat(map.shortHashOf("C=GB,L=London,O=Beta Bank")).contains("A1B2C3D4E5F6");
    assertThat(map.shortHashOf("O=Beta Bank, L=Paris, C=FR")).isEmpty();
  }

  @Test
  void blankTextIsAnEmptyMapping() {
    assertThat(HoldingIdentityMap.parse(" ").size()).isZero();
    assertThat(HoldingIdentityMap.parse(null).shortHashOf("O=A, L=B, C=GB")).isEmpty();
  }

  @Test
  void rejectsAnEntryWithoutHash() {
    assertThatThrownBy(() -> HoldingIdentityMap.parse("O=A, L=B, C=GB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.format(HoldingIdentityMap.MALFORMED_ENTRY, "O=A, L=B, C=GB"));
  }

  @Test
  void rejectsAHashThatIsNotTwelveHexCharacters() {
    assertThatThrownBy(() -> HoldingIdentityMap.parse("XYZ@O=A, L=B, C=GB"))
        .isInstanceOf(CordaUnknownHoldingIdentityException.class)
        .hasMessage(String.format(CordaUnknownHoldingIdentityException.NOT_A_SHORT_HASH, "XYZ"));
  }

  @Test
  void rejectsTheSameOrganisationTwice() {
    assertThatThrownBy(
            () ->
                HoldingIdentityMap.parse("3B8DECDDD6E2@O=A, L=B, C=GB|A1B2C3D4E5F6@L=B, O=A, C=GB"))
        .hasMessage(String.format(HoldingIdentityMap.DUPLICATE, "L=B, O=A, C=GB"));
  }

  @Test
  void rejectsANameThatIsNotX500() {
    assertThatThrownBy(() -> HoldingIdentityMap.parse("3B8DECDDD6E2@just a name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'just a name' is not an X.500 name");
  }

  @Test
  void buildsFromAJavaMap() {
    HoldingIdentityMap map = HoldingIdentityMap.of(Map.of("O=A, L=B, C=GB", "3B8DECDDD6E2"));
    assertThat(map.shortHashOf("O=A,L=B,C=GB")).contains("3B8DECDDD6E2");
  }
}
