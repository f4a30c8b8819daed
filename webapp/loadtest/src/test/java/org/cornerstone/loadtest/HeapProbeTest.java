package org.cornerstone.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapProbeTest {
  @Test
  void readsTheUsedHeapOfG1() {
    String g1 =
        "12345:\n"
            + " garbage-first heap   total 262144K, used 183211K [0x00000000c0000000,"
            + " 0x0000000100000000)\n"
            + "  region size 1024K, 3 young (3072K), 0 survivors (0K)\n"
            + " Metaspace       used 150000K, committed 152000K, reserved 1179648K\n";

    assertThat(HeapProbe.usedBytes(g1)).isEqualTo(183211L * 1024);
  }

  @Test
  void addsTheGenerationsOfParallelGc() {
    String parallel =
        " PSYoungGen      total 76288K, used 1310K [0x00000000eab00000, 0x0000000100000000)\n"
            + "  eden space 65536K, 2% used [0x00000000eab00000)\n"
            + " ParOldGen       total 175104K, used 98765K [0x00000000c0000000)\n"
            + " Metaspace       used 150000K, committed 152000K, reserved 1179648K\n";

    assertThat(HeapProbe.usedBytes(parallel)).isEqualTo((1310L + 98765L) * 1024);
  }

  @Test
  void saysWhenTheAnswerHasNoHeapLine() {
    assertThatThrownBy(() -> HeapProbe.usedBytes("12345:\nCommand executed successfully"))
        .hasMessageContaining("GC.heap_info");
  }
}
