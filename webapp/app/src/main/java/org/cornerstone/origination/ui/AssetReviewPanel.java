package org.cornerstone.origination.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.SignedIn;

/** An asset under review: its facts, valuation, documents, decisions and steps. */
public class AssetReviewPanel implements ReviewSubjectPanel {
  private final AssetQueries assets;

  @Inject
  public AssetReviewPanel(AssetQueries assets) {
    this.assets = assets;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return Arrays.stream(AssetKind.values()).anyMatch(k -> k.name().equals(task.subjectKind()));
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    assets.asset(SignedIn.require(), task.subjectId()).ifPresent(a -> show(screen, a));
  }

  private void show(VerticalLayout screen, AssetDetails asset) {
    Actor me = SignedIn.require(); // previews run without the session lock
    screen.add(AssetPanels.facts(screen, asset));
    AssetPanels.valuation(screen, asset).ifPresent(screen::add);
    screen.add(new H3(screen.getTranslation("detail.documents")));
    screen.add(
        AssetPanels.documents(
            screen, asset.documents(), d -> assets.document(me, asset.summary().id(), d.id())));
    screen.add(new H3(screen.getTranslation("task.history")));
    screen.add(AssetPanels.decisions(screen, asset.decisions()));
    screen.add(AssetPanels.steps(screen, asset.steps()));
  }
}
