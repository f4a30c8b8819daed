package org.cornerstone.ledger.embedded;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1, over SHA-256: leaf hash
 * {@code SHA-256(0x00 || data)}, node hash {@code SHA-256(0x01 || left || right)}, the empty tree's
 * hash {@code SHA-256("")}, and a tree of n leaves split after the largest power of two smaller
 * than n. Also the inclusion (2.1.3) and consistency (2.1.4) proofs and their verification, and the
 * frontier (the roots of the perfect subtrees making up a tree) that lets the log append a leaf and
 * compute the new root without re-reading the leaves. Pure functions, no database.
 */
public final class MerkleTree {

  /** The size of every hash. */
  public static final int HASH_BYTES = 32;

  private MerkleTree() {}

  /** {@code SHA-256(0x00 || data)}. */
  public static byte[] leafHash(byte[] data) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x00);
    return sha.digest(data);
  }

  /** {@code SHA-256(0x01 || left || right)}. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x01);
    sha.update(left);
    return sha.digest(right);
  }

  /** The hash of the empty tree, {@code SHA-256("")}. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** The leaf hash of a transaction: its leaf data is the 32 bytes of its id. */
  public static byte[] transactionLeaf(LedgerHash transactionId) {
    return leafHash(transactionId.getBytes());
  }

  /** MTH(D[n]) over leaf hashes (already hashed with {@link #leafHash}). */
  public static byte[] root(List<byte[]> leafHashes) {
    return leafHashes.isEmpty() ? emptyRoot() : subtreeRoot(leafHashes, 0, leafHashes.size());
  }

  private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return leaves.get(from);
    }
    int k = largestPowerOfTwoBelow(n);
    return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
  }

  /** The largest power of two strictly smaller than {@code n} (n ≥ 2). */
  static int largestPowerOfTwoBelow(long n) {
    return (int) Long.highestOneBit(n - 1);
  }

  /**
   * PATH(m, D[n]) of RFC 9162 2.1.3.1: the inclusion proof of leaf {@code index} in the tree of the
   * first {@code size} leaves.
   */
  public static List<byte[]> inclusionPath(List<byte[]> leafHashes, int index, int size) {
    if (index < 0 || index >= size || size > leafHashes.size()) {
      throw new IllegalArgumentException("No leaf " + index + " in a tree of " + size);
    }
    List<byte[]> path = new ArrayList<>();
    path(leafHashes, index, 0, size, path);
    return path;
  }

  private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
    int n = to - from;
    if (n == 1) {
      return;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m < k) {
      path(leaves, m, from, from + k, out);
      out.add(subtreeRoot(leaves, from + k, to));
    } else {
      path(leaves, m - k, from + k, to, out);
      out.add(subtreeRoot(leaves, from, from + k));
    }
  }

  /**
   * PROOF(m, D[n]) of RFC 9162 2.1.4.1: the consistency proof from the tree of the first {@code
   * first} leaves to the tree of the first {@code second} (empty when first is 0 or equals second).
   */
  public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int first, int second) {
    if (first < 0 || first > second || second > leafHashes.size()) {
      throw new IllegalArgumentException("No consistency proof from " + first + " to " + second);
    }
    List<byte[]> proof = new ArrayList<>();
    if (first > 0 && first < second) {
      subproof(leafHashes, first, 0, second, true, proof);
    }
    return proof;
  }

  private static void subproof(
      List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> out) {
    int n = to - from;
    if (m == n) {
      if (!whole) {
        out.add(subtreeRoot(leaves, from, to));
      }
      return;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      subproof(leaves, m, from, from + k, whole, out);
      out.add(subtreeRoot(leaves, from + k, to));
    } else {
      subproof(leaves, m - k, from + k, to, false, out);
      out.add(subtreeRoot(leaves, from, from + k));
    }
  }

  /** RFC 9162 2.1.3.2: whether {@code path} proves leaf {@code index} under {@code root}. */
  public static boolean verifyInclusion(
      byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /**
   * RFC 9162 2.1.4.2: whether {@code proof} shows that the tree of {@code second} leaves with root
   * {@code secondRoot} extends the tree of {@code first} leaves with root {@code firstRoot}. Equal
   * sizes need an empty proof and equal roots; the empty tree is extended by every tree.
   */
  public static boolean verifyConsistency(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first < 0 || first > second) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
    }
    if (first == 0) {
      return proof.isEmpty() && Arrays.equals(firstRoot, emptyRoot());
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) {
      path.add(0, firstRoot);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
  }

  /**
   * The frontier after appending {@code leafHash} to a tree of {@code size} leaves whose frontier
   * is {@code frontier}: the roots of its perfect subtrees, largest first (one per set bit of the
   * size).
   */
  public static List<byte[]> append(List<byte[]> frontier, long size, byte[] leafHash) {
    if (frontier.size() != Long.bitCount(size)) {
      throw new IllegalArgumentException(
          "A frontier of " + frontier.size() + " hashes for a tree of " + size);
    }
    List<byte[]> next = new ArrayList<>(frontier);
    byte[] carry = leafHash;
    for (long s = size; (s & 1) == 1; s >>= 1) {
      carry = nodeHash(next.remove(next.size() - 1), carry);
    }
    next.add(carry);
    return next;
  }

  /** The root of the tree whose frontier is {@code frontier}. */
  public static byte[] rootOfFrontier(List<byte[]> frontier) {
    if (frontier.isEmpty()) {
      return emptyRoot();
    }
    byte[] root = frontier.get(frontier.size() - 1);
    for (int i = frontier.size() - 2; i >= 0; i--) {
      root = nodeHash(frontier.get(i), root);
    }
    return root;
  }

  /** The frontier as stored: the hashes concatenated. */
  static byte[] encodeFrontier(List<byte[]> frontier) {
    byte[] bytes = new byte[frontier.size() * HASH_BYTES];
    for (int i = 0; i < frontier.size(); i++) {
      System.arraycopy(frontier.get(i), 0, bytes, i * HASH_BYTES, HASH_BYTES);
    }
    return bytes;
  }

  static List<byte[]> decodeFrontier(byte[] bytes) {
    List<byte[]> frontier = new ArrayList<>();
    for (int i = 0; i + HASH_BYTES <= bytes.length; i += HASH_BYTES) {
      frontier.add(Arrays.copyOfRange(bytes, i, i + HASH_BYTES));
    }
    return frontier;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
