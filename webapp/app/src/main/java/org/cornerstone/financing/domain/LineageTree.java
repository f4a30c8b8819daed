package org.cornerstone.financing.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree of a certificate from its root (the first holder, who received the whole face value) to
 * every organisation it passed through, built from the recorded hops: each edge is what one holder
 * passed to another (several hops between the same two summed), and each organisation's current
 * holding is what it received minus what it passed on and what was redeemed at maturity. An
 * organisation that received from two holders appears under both; a hop back up the chain is shown
 * once and not followed again. Plain Java, no framework.
 */
public final class LineageTree {
  /** A hop as the tree needs it. */
  public record Hop(String from, String to, long amountMinor) {}

  /**
   * One node of the tree in depth-first order.
   *
   * @param parent the organisation it received from; null for the root
   * @param receivedMinor what it received from {@code parent} (the face value for the root)
   */
  public record Node(String holder, String parent, int depth, long receivedMinor) {}

  /** The nodes depth first, and each organisation's current holding by the hops (in order). */
  public record Result(List<Node> nodes, Map<String, Long> holdings) {}

  private LineageTree() {}

  public static Result build(
      String root, long faceValueMinor, List<Hop> hops, Map<String, Long> redeemed) {
    Map<String, Long> holdings = new LinkedHashMap<>();
    holdings.put(root, faceValueMinor);
    Map<String, Map<String, Long>> edges = new LinkedHashMap<>();
    for (Hop hop : hops) {
      holdings.merge(hop.from(), -hop.amountMinor(), Long::sum);
      holdings.merge(hop.to(), hop.amountMinor(), Long::sum);
      edges
          .computeIfAbsent(hop.from(), k -> new LinkedHashMap<>())
          .merge(hop.to(), hop.amountMinor(), Long::sum);
    }
    redeemed.forEach((holder, amount) -> holdings.merge(holder, -amount, Long::sum));
    List<Node> nodes = new ArrayList<>();
    visit(root, null, 0, faceValueMinor, edges, new HashSet<>(), nodes);
    return new Result(nodes, holdings);
  }

  private static void visit(
      String holder,
      String parent,
      int depth,
      long received,
      Map<String, Map<String, Long>> edges,
      Set<String> path,
      List<Node> nodes) {
    nodes.add(new Node(holder, parent, depth, received));
    if (!path.add(holder)) {
      return;
    }
    for (Map.Entry<String, Long> edge : edges.getOrDefault(holder, Map.of()).entrySet()) {
      if (path.contains(edge.getKey())) {
        nodes.add(new Node(edge.getKey(), holder, depth + 1, edge.getValue()));
      } else {
        visit(edge.getKey(), holder, depth + 1, edge.getValue(), edges, path, nodes);
      }
    }
    path.remove(holder);
  }
}
