package org.cornerstone.waterfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.waterfall.Examples.collections;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateJsonTest {

  @Test
  void runningPeriodByPeriodThroughJsonEqualsOneRun() {
    Deal deal = Examples.deal(Examples.PRO_RATA);
    List<PeriodCollections> stream =
        List.of(
            collections(1, "60000.00", "900000.00", "0.00", "0.00"),
            collections(2, "50000.00", "100000.00", "0.00", "1300000.00"),
            collections(3, "45000.00", "300000.00", "20000.00", "0.00"));
    List<PeriodResult> oneRun = Waterfall.run(deal, stream);
    String stored = StateJson.write(DealState.initial(deal), deal);
    for (int i = 0; i < stream.size(); i++) {
      PeriodResult result = Waterfall.pay(deal, StateJson.read(stored, deal), stream.get(i));
      assertThat(result).isEqualTo(oneRun.get(i));
      stored = StateJson.write(result.stateAfter(), deal);
    }
    assertThat(stored)
        .contains("\"status\" : \"AMORTIZING\"")
        .contains("\"breachedTriggers\" : [ \"OC-A\" ]")
        .contains("\"balance\" : \"5880000.00\"");
  }

  @Test
  void refusesAStateThatIsNotTheDeals() {
    Deal deal = Examples.deal(Examples.PRO_RATA);
    String json = StateJson.write(DealState.initial(deal), deal);
    assertThatThrownBy(() -> StateJson.read(json, Examples.deal(Examples.SEQUENTIAL)))
        .isInstanceOf(DealFileException.class)
        .hasMessage("dealId: the state is deal \"PRO-2027-1\"'s, not \"SEQ-2027-1\"'s");
    assertThatThrownBy(() -> StateJson.read(json.replace("\"B\"", "\"C\""), deal))
        .hasMessage("tranches[1].name: must be \"B\", got \"C\"");
    assertThatThrownBy(
            () ->
                StateJson.read(
                    json.replace(
                        "\"breachedTriggers\" : [ ]", "\"breachedTriggers\" : [ \"OC-Z\" ]"),
                    deal))
        .hasMessage("breachedTriggers[0]: must name a trigger of the deal, got string \"OC-Z\"");
    assertThatThrownBy(() -> StateJson.read(json.replace("\"period\"", "\"periods\""), deal))
        .hasMessageStartingWith("periods: unknown field");
  }
}
