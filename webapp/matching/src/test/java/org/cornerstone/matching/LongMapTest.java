package org.cornerstone.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongMapTest {

  @Test
  void behavesLikeAHashMapUnderRandomPutsAndRemoves() {
    LongMap<Long> map = new LongMap<>();
    Map<Long, Long> reference = new HashMap<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      long key = 1 + random.nextInt(5_000);
      if (random.nextInt(3) == 0) {
        map.remove(key);
        reference.remove(key);
      } else {
        map.put(key, (long) i);
        reference.put(key, (long) i);
      }
      long probe = 1 + random.nextInt(5_000);
      assertThat(map.get(probe)).isEqualTo(reference.get(probe));
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
  }
}
