package org.cornerstone.origination.application;

import java.util.List;

/**
 * An asset's onboarding process for drawing: the model (BPMN 2.0 XML) of the version the instance
 * runs, and which elements are active, failed and done.
 */
public record ProcessView(
    String assetId,
    String assetTitle,
    String processName,
    String processKey,
    int version,
    String bpmnXml,
    List<String> activeElements,
    List<String> failedElements,
    List<String> visitedElements,
    List<AssetDetails.Step> steps) {}
