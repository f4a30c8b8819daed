package org.cornerstone.waterfall.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LoanTapeTest {

  private static final String HEADER = "id,obligor,balance,rate,term,remaining_term,status\n";

  private static LoanTape parse(String lines) {
    return LoanTape.parse(new StringReader(HEADER + lines));
  }

  private static void refused(String lines, String message) {
    assertThatThrownBy(() -> parse(lines))
        .isInstanceOf(LoanTapeException.class)
        .hasMessage(message);
  }

  @Test
  void readsATape() {
    LoanTape tape =
        parse(
            "L1,Harbour Foods,120000.00,0.0525,360,300,PERFORMING\n"
                + "L2,\"Pearl, River Ltd\",5000.5,0.08,12,3,DELINQUENT\n"
                + "L3,Derek Trading,800.00,0.1,24,10,DEFAULTED\n"
                + "L4,Old Obligor,0.00,0.05,12,1,PAID_OFF\n");
    assertThat(tape.loans()).hasSize(4);
    assertThat(tape.loans().get(0))
        .isEqualTo(
            new Loan(
                "L1",
                "Harbour Foods",
                12_000_000,
                new BigDecimal("0.0525"),
                360,
                300,
                LoanStatus.PERFORMING));
    assertThat(tape.loans().get(1).obligor()).isEqualTo("Pearl, River Ltd");
    assertThat(tape.loans().get(1).balance()).isEqualTo(500_050);
    assertThat(tape.loans().get(0).rateMicros()).isEqualTo(52_500);
    // Projected: performing and delinquent loans only.
    assertThat(tape.projectedBalance()).isEqualTo(12_000_000 + 500_050);
  }

  @Test
  void refusesEachBadColumnWithItsLineNumber() {
    refused(
        "L1,A,100.00,0.05,12,12,PERFORMING\nL2,B,12.345,0.05,12,12,PERFORMING\n",
        "line 3, column balance: must be a decimal amount with at most 2 decimals, got \"12.345\"");
    refused(
        "L1,A,-100.00,0.05,12,12,PERFORMING\n",
        "line 2, column balance: must be a decimal amount with at most 2 decimals, got \"-100.00\"");
    refused(
        "L1,A,99999999999.00,0.05,12,12,PERFORMING\n",
        "line 2, column balance: must be at most 10000000000.00, got \"99999999999.00\"");
    refused(
        "L1,A,100.00,5%,12,12,PERFORMING\n",
        "line 2, column rate: must be an annual rate from 0 to 1 with at most 6 decimals, got \"5%\"");
    refused(
        "L1,A,100.00,0.0500001,12,12,PERFORMING\n",
        "line 2, column rate: must be an annual rate from 0 to 1 with at most 6 decimals, got"
            + " \"0.0500001\"");
    refused(
        "L1,A,100.00,0.05,0,0,PERFORMING\n",
        "line 2, column term: must be a whole number of months from 1 to 600, got \"0\"");
    refused(
        "L1,A,100.00,0.05,12,13,PERFORMING\n",
        "line 2, column remaining_term: must not exceed term 12, got 13");
    refused(
        "L1,A,100.00,0.05,12,x,PERFORMING\n",
        "line 2, column remaining_term: must be a whole number of months from 1 to 600, got \"x\"");
    refused(
        "L1,A,100.00,0.05,12,12,CURRENT\n",
        "line 2, column status: must be PERFORMING | DELINQUENT | DEFAULTED | PAID_OFF, got"
            + " \"CURRENT\"");
    refused(
        "L1,A,100.00,0.05,12,12,PAID_OFF\n",
        "line 2, column balance: a PAID_OFF loan has balance 0, got \"100.00\"");
    refused("L1,,100.00,0.05,12,12,PERFORMING\n", "line 2, column obligor: must not be empty");
    refused("L1,A,100.00,0.05,12,12\n", "line 2: must have 7 columns, got 6");
  }

  @Test
  void refusesDuplicateIds() {
    refused(
        "L1,A,100.00,0.05,12,12,PERFORMING\nL2,B,100.00,0.05,12,12,PERFORMING\n"
            + "L1,C,100.00,0.05,12,12,PERFORMING\n",
        "line 4, column id: duplicate id \"L1\" (first on line 2)");
  }

  @Test
  void refusesAWrongHeader() {
    assertThatThrownBy(
            () -> LoanTape.parse(new StringReader("id,obligor,balance,rate,term,status\n")))
        .hasMessage(
            "line 1: the header must be id,obligor,balance,rate,term,remaining_term,status, got"
                + " id,obligor,balance,rate,term,status");
    assertThatThrownBy(() -> LoanTape.parse(new StringReader("")))
        .hasMessage("line 1: the tape is empty, the header is missing");
  }

  @Test
  void lineNumbersHoldWithoutATrailingNewline() {
    refused(
        "L1,A,100.00,0.05,12,12,PERFORMING\nL2,B,1.001,0.05,12,12,PERFORMING",
        "line 3, column balance: must be a decimal amount with at most 2 decimals, got \"1.001\"");
  }
}
