package org.cornerstone.ledger.embedded;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent verifier written from the text of RFC 9162 (sections 2.1.1, 2.1.3.2 and 2.1.4.2)
 * for the tests: it uses none of the ledger's classes (only the JDK's SHA-256), so a mistake shared
 * by the ledger's {@code MerkleTree} and its own verification would not hide here.
 */
public final class Rfc9162Verifier {

  private Rfc9162Verifier() {}

  public static byte[] hash(byte[]... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        sha.update(part);
      }
      return sha.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 2.1.1: MTH({d(0)}) = HASH(0x00 || d(0)). */
  public static byte[] leaf(byte[] data) {
    return hash(new byte[] {0}, data);
  }

  /** 2.1.1: MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])), k the largest power of 2 < n. */
  public static byte[] mth(List<byte[]> data) {
    if (data.isEmpty()) {
      return hash();
    }
    if (data.size() == 1) {
      return leaf(data.get(0));
    }
    int k = 1;
    while (k * 2 < data.size()) {
      k *= 2;
    }
    return hash(new byte[] {1}, mth(data.subList(0, k)), mth(data.subList(k, data.size())));
  }

  /** 2.1.3.2, steps 1 to 5, word for word. */
  public static boolean verifyInclusion(
      long leafIndex, long treeSize, byte[] leafHash, List<byte[]> inclusionPath, byte[] root) {
    if (leafIndex >= treeSize) {
      return false;
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : inclusionPath) {
      if (sn == 0) {
        return false;
      }
      if (lsb(fn) || fn == sn) {
        r = hash(new byte[] {1}, p, r);
        while (!lsb(fn) && fn != 0) { // "until either LSB(fn) is set or fn is 0"
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = hash(new byte[] {1}, r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /** 2.1.4.2, steps 1 to 7 (for 0 < first < second, the case the RFC's algorithm covers). */
  public static boolean verifyConsistency(
      long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> consistencyPath) {
    if (first <= 0 || first >= second || consistencyPath.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(consistencyPath);
    if ((first & (first - 1)) == 0) {
      path.add(0, firstHash);
    }
    long fn = first - 1;
    long sn = second - 1;
    while (lsb(fn)) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if (lsb(fn) || fn == sn) {
        fr = hash(new byte[] {1}, c, fr);
        sr = hash(new byte[] {1}, c, sr);
        while (!lsb(fn) && fn != 0) { // "until either LSB(fn) is set or fn is 0"
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = hash(new byte[] {1}, sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
  }

  private static boolean lsb(long value) {
    return (value & 1) == 1;
  }
}
