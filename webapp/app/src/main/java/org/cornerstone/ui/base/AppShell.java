package org.cornerstone.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The application shell: server push over WebSocket (falling back to long polling when a proxy
 * refuses WebSockets), so screens such as the market update when something changes elsewhere
 * ({@code UI.access}) without a reload. Pushing is automatic at the end of each {@code access}.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {
  private static final long serialVersionUID = 1L;
}
