package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The offline check of an export's transaction log: transactions are the log's leaves in order
 * (leaf data = the id's bytes), each tree head is signed by the trust anchor and its root is the
 * RFC 9162 root of the transactions up to it, and the last head covers every transaction.
 */
final class LogCheck {

  PublicKey notaryKey;
  private List<byte[]> frontier = new ArrayList<>();
  private long size;
  private long coveredBy;
  private long heads;

  void transaction(String where, LedgerHash id, JsonNode line, List<String> problems) {
    JsonNode leafIndex = line.get("leafIndex");
    if (leafIndex == null || leafIndex.asLong() != size) {
      problems.add(
          where
              + ": log leaf "
              + (leafIndex == null ? "missing" : leafIndex.asText())
              + ", expected "
              + size
              + " (a transaction deleted, inserted or reordered)");
    }
    frontier = MerkleTree.append(frontier, size++, MerkleTree.transactionLeaf(id));
    JsonNode headNode = line.get("treeHead");
    if (headNode == null) {
      return;
    }
    heads++;
    TreeHead head;
    try {
      head = LogProof.headFrom(headNode);
    } catch (RuntimeException e) {
      problems.add(where + ": malformed tree head: " + e.getMessage());
      return;
    }
    if (notaryKey == null || !head.isSignedBy(notaryKey)) {
      problems.add(where + ": tree head " + head.size() + " is not signed by the trust anchor");
    }
    if (head.size() != size) {
      problems.add(where + ": tree head of size " + head.size() + " at log size " + size);
    } else if (!Arrays.equals(head.rootHash(), MerkleTree.rootOfFrontier(frontier))) {
      problems.add(where + ": tree head " + head.size() + "'s root does not match the log");
    } else {
      coveredBy = size;
    }
  }

  void finish(List<String> problems) {
    if (size > 0 && coveredBy < size) {
      problems.add(
          "No tree head signed by the trust anchor covers transactions "
              + coveredBy
              + " to "
              + (size - 1)
              + " ("
              + heads
              + " heads in the export)");
    }
  }
}
