package org.cornerstone.web.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/**
 * Page-wide settings. The style sheet is a static file served by the container, so the prebuilt Vaadin
 * production bundle stays valid and the build needs no npm.
 */
@StyleSheet("context://styles/cornerstone.css")
@Meta(name = "description", content = "Cornerstone: tokenized real-world assets with a trustee")
public class AppShell implements AppShellConfigurator {
  private static final long serialVersionUID = 1L;
}
