package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log's Merkle tree against published vectors and an independent RFC 9162 verifier.
 *
 * <p>Vectors: the leaf inputs, roots of sizes 1 to 8, inclusion paths and consistency proofs of
 * Certificate Transparency's Go verifier tests, google/certificate-transparency {@code
 * go/merkletree/merkle_verifier_test.go} (commit 0d3bd5e6), the same data as RFC 6962's reference
 * implementation; the empty tree's root is SHA-256("") = e3b0c442... (RFC 9162 2.1.1).
 */
class MerkleTreeTest {

  private static final HexFormat HEX = HexFormat.of();

  private static final List<byte[]> CT_INPUTS =
      hex(
          "",
          "00",
          "10",
          "2021",
          "3031",
          "40414243",
          "5051525354555657",
          "606162636465666768696a6b6c6d6e6f");

  private static final List<byte[]> CT_ROOTS =
      hex(
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  private static List<byte[]> ctLeaves() {
    return CT_INPUTS.stream().map(MerkleTree::leafHash).toList();
  }

  @Test
  void theEmptyTreeAndTheCtTreesOfOneToEightLeavesHaveThePublishedRoots() {
    assertThat(HEX.formatHex(MerkleTree.root(List.of())))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(HEX.formatHex(Rfc9162Verifier.mth(List.of())))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    List<byte[]> frontier = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      List<byte[]> leaves = ctLeaves().subList(0, n);
      assertThat(MerkleTree.root(leaves)).as("size %d", n).isEqualTo(CT_ROOTS.get(n - 1));
      assertThat(Rfc9162Verifier.mth(CT_INPUTS.subList(0, n))).isEqualTo(CT_ROOTS.get(n - 1));
      frontier = MerkleTree.append(frontier, n - 1, leaves.get(n - 1));
      assertThat(MerkleTree.rootOfFrontier(frontier)).isEqualTo(CT_ROOTS.get(n - 1));
    }
  }

  @Test
  void theLedgersProofsAreThePublishedOnes() {
    List<byte[]> leaves = ctLeaves();
    assertThat(MerkleTree.inclusionPath(leaves, 0, 8))
        .containsExactlyElementsOf(
            hex(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
    assertThat(MerkleTree.inclusionPath(leaves, 5, 8))
        .containsExactlyElementsOf(
            hex(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
    assertThat(MerkleTree.inclusionPath(leaves, 2, 3))
        .containsExactlyElementsOf(
            hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"));
    assertThat(MerkleTree.inclusionPath(leaves, 1, 5))
        .containsExactlyElementsOf(
            hex(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
    assertThat(MerkleTree.consistencyProof(leaves, 1, 8))
        .containsExactlyElementsOf(MerkleTree.inclusionPath(leaves, 0, 8));
    assertThat(MerkleTree.consistencyProof(leaves, 6, 8))
        .containsExactlyElementsOf(
            hex(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
    assertThat(MerkleTree.consistencyProof(leaves, 2, 5))
        .containsExactlyElementsOf(
            hex(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
  }

  @Test
  void everyProofOfEveryTreeUpTo40LeavesPassesTheIndependentVerifierAndTheLedgers() {
    List<byte[]> data = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      data.add(new byte[] {(byte) i, (byte) (i * 7)});
    }
    List<byte[]> leaves = data.stream().map(MerkleTree::leafHash).toList();
    for (int size = 1; size <= 40; size++) {
      byte[] root = Rfc9162Verifier.mth(data.subList(0, size));
      assertThat(MerkleTree.root(leaves.subList(0, size))).isEqualTo(root);
      for (int index = 0; index < size; index++) {
        List<byte[]> path = MerkleTree.inclusionPath(leaves, index, size);
        byte[] leaf = Rfc9162Verifier.leaf(data.get(index));
        assertThat(Rfc9162Verifier.verifyInclusion(index, size, leaf, path, root))
            .as("leaf %d of %d", index, size)
            .isTrue();
        assertThat(MerkleTree.verifyInclusion(leaf, index, size, path, root)).isTrue();
        // the wrong leaf, index or root fails (a size is bound by the signed head, not the path)
        assertThat(
                Rfc9162Verifier.verifyInclusion(
                    index, size, Rfc9162Verifier.leaf(new byte[] {9, 9, 9}), path, root))
            .isFalse();
        assertThat(MerkleTree.verifyInclusion(leaf, index, size, path, MerkleTree.emptyRoot()))
            .isFalse();
        if (size > 1) {
          assertThat(MerkleTree.verifyInclusion(leaf, (index + 1) % size, size, path, root))
              .isFalse();
        }
      }
      for (int first = 1; first < size; first++) {
        List<byte[]> proof = MerkleTree.consistencyProof(leaves, first, size);
        byte[] firstRoot = Rfc9162Verifier.mth(data.subList(0, first));
        assertThat(Rfc9162Verifier.verifyConsistency(first, size, firstRoot, root, proof))
            .as("%d to %d", first, size)
            .isTrue();
        assertThat(MerkleTree.verifyConsistency(first, size, firstRoot, root, proof)).isTrue();
        // a rewritten history (another first root) fails both
        byte[] rewritten = Rfc9162Verifier.mth(data.subList(1, first + 1));
        assertThat(Rfc9162Verifier.verifyConsistency(first, size, rewritten, root, proof))
            .isFalse();
        assertThat(MerkleTree.verifyConsistency(first, size, rewritten, root, proof)).isFalse();
      }
    }
  }

  @Test
  void theFrontierGivesTheRootOfEverySizeWithoutTheLeaves() {
    List<byte[]> frontier = new ArrayList<>();
    List<byte[]> leaves = new ArrayList<>();
    for (int size = 0; size < 70; size++) {
      byte[] leaf = MerkleTree.leafHash(new byte[] {(byte) size});
      leaves.add(leaf);
      frontier =
          MerkleTree.decodeFrontier(
              MerkleTree.encodeFrontier(MerkleTree.append(frontier, size, leaf)));
      assertThat(frontier).hasSize(Long.bitCount(size + 1));
      assertThat(MerkleTree.rootOfFrontier(frontier)).isEqualTo(MerkleTree.root(leaves));
    }
  }

  private static List<byte[]> hex(String... values) {
    List<byte[]> list = new ArrayList<>();
    for (String value : values) {
      list.add(HEX.parseHex(value));
    }
    return list;
  }
}
