package org.cornerstone.origination.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.ProcessView;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * An asset's onboarding process drawn from its BPMN model (bpmn-js, served from its WebJar, no npm
 * build): done steps in green, the current step highlighted, a failed step in red; and the timeline
 * of completed steps below.
 */
@Route(value = "process", layout = MainLayout.class)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "LEGAL", "VALUER", "ADMIN"})
@StyleSheet("context://webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css")
public class ProcessDiagramView extends VerticalLayout
    implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {
  static final String VIEWER_SCRIPT =
      "webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js";

  private final AssetQueries queries;
  private String assetId;

  @Inject
  public ProcessDiagramView(AssetQueries queries) {
    this.queries = queries;
    setId("process-view");
    setSizeFull();
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    this.assetId = parameter;
  }

  @Override
  public String getPageTitle() {
    return "Process " + assetId + " | Cornerstone";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<ProcessView> found = queries.process(SignedIn.require(), assetId);
    if (found.isEmpty()) {
      add(new H2(getTranslation("detail.notFound")));
      return;
    }
    ProcessView process = found.get();
    add(
        new H2(
            getTranslation(
                "process.heading", process.assetId(), process.processName(), process.version())));
    HorizontalLayout legend = new HorizontalLayout();
    for (String key : new String[] {"done", "active", "failed"}) {
      Span item = new Span(getTranslation("process.legend." + key));
      item.addClassName("legend-" + key);
      legend.add(item);
    }
    Div canvas = new Div();
    canvas.setId("bpmn-canvas");
    canvas.addClassName("bpmn-canvas");
    canvas.setWidthFull();
    canvas.setHeight("520px");
    add(legend, canvas);
    canvas
        .getElement()
        .executeJs(
            """
            const el = this, xml = $0, active = $1, failed = $2, visited = $3, src = $4;
            const draw = () => {
              const viewer = new window.BpmnJS({ container: el });
              viewer.importXML(xml).then(() => {
                const canvas = viewer.get('canvas');
                const registry = viewer.get('elementRegistry');
                canvas.zoom('fit-viewport');
                const mark = (ids, css) => ids.forEach(id => {
                  if (registry.get(id)) { canvas.addMarker(id, css); }
                });
                mark(visited, 'cs-done');
                mark(active, 'cs-active');
                mark(failed, 'cs-failed');
                el.setAttribute('data-rendered', 'true');
              }).catch(err => {
                el.textContent = 'The diagram could not be drawn: ' + err.message;
              });
            };
            if (window.BpmnJS) { draw(); } else {
              const script = document.createElement('script');
              script.src = src;
              script.onload = draw;
              script.onerror = () => { el.textContent = 'The diagram viewer could not be loaded.'; };
              document.head.appendChild(script);
            }
            """,
            process.bpmnXml(),
            toJson(process.activeElements()),
            toJson(process.failedElements()),
            toJson(process.visitedElements()),
            VIEWER_SCRIPT);
    add(new H3(getTranslation("process.timeline")));
    if (process.steps().isEmpty()) {
      add(new Paragraph(getTranslation("process.noSteps")));
    }
    add(AssetPanels.steps(this, process.steps()));
  }

  private static elemental.json.JsonArray toJson(java.util.List<String> ids) {
    elemental.json.JsonArray array = elemental.json.Json.createArray();
    for (int i = 0; i < ids.size(); i++) {
      array.set(i, ids.get(i));
    }
    return array;
  }
}
