package org.cornerstone.workflows.rules;

/** Kinds of tokenized asset, as the DMN tables spell them ({@link Decisions#INPUT_ASSET_KIND}). */
public enum AssetKind {
  REAL_ESTATE,
  COPYRIGHT
}
