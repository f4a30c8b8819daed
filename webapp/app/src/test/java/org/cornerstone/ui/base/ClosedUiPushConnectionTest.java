package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnectionFactory;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.Broadcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClosedUiPushConnectionTest {
  private final UI ui = mock(UI.class);
  private final Broadcaster broadcaster = mock(Broadcaster.class);
  private final AtmosphereResource resource = mock(AtmosphereResource.class);
  private ClosedUiPushConnection connection;

  @BeforeEach
  void connected() {
    when(resource.getBroadcaster()).thenReturn(broadcaster);
    // a message to a browser that has left is never written: its future never completes
    when(broadcaster.broadcast(any(), any(AtmosphereResource.class)))
        .thenReturn(new CompletableFuture<>());
    connection = new ClosedUiPushConnection(ui);
    connection.connect(resource);
  }

  @Test
  void aClosingUiGetsNoLastMessageSoItsDisconnectHasNothingToWaitFor() throws Exception {
    when(ui.isClosing()).thenReturn(true);

    connection.push(); // what UI.close() does

    verify(broadcaster, never()).broadcast(any(), any(AtmosphereResource.class));
    connection.disconnect(); // what removing the closed UI does
    verify(resource).close();
    assertThat(connection.isConnected()).isFalse();
  }

  @Test
  void anOpenUiIsPushedToAsVaadinDoes() {
    when(ui.isClosing()).thenReturn(false);
    // Vaadin's own push runs: it builds the UIDL of the (mock) UI, which has no state tree
    assertThatThrownBy(() -> connection.push()).hasMessage("Push failed");
  }

  @Test
  void vaadinsBootstrapFindsTheFactory() {
    assertThat(
            ServiceLoader.load(PushConnectionFactory.class).stream()
                .map(p -> p.type().getName())
                .toList())
        .containsExactly(ClosedUiPushConnection.Factory.class.getName());
    assertThat(new ClosedUiPushConnection.Factory().apply(ui))
        .isInstanceOf(ClosedUiPushConnection.class);
  }
}
