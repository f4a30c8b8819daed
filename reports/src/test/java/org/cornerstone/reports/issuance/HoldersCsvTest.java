package org.cornerstone.reports.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class HoldersCsvTest {

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      return parser.getRecords();
    }
  }

  @Test
  void headerAndOneCrlfTerminatedLinePerHolder() {
    String csv = HoldersCsv.render(Fixtures.certificate());
    String[] lines = csv.split("\r\n", -1);

    assertThat(lines[0]).isEqualTo("holder,quantity,share_percent");
    assertThat(lines).hasSize(Fixtures.holders().size() + 2); // header + rows + trailing empty
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(lines[1]).startsWith("Helvetia Property Partners AG,600000,");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedAndRoundTrip() throws IOException {
    List<Holding> holders =
        List.of(
            new Holding("Smith, John", 1),
            new Holding("The \"Best\" Fund", 2),
            new Holding("Line one\nLine two\r\nthree", 3),
            new Holding("张伟", 4));

    String csv = HoldersCsv.render(holders, 10);

    assertThat(csv)
        .contains("\"Smith, John\",1,")
        .contains("\"The \"\"Best\"\" Fund\",2,")
        .contains("\"Line one\nLine two\r\nthree\",3,");
    List<CSVRecord> records = parse(csv);
    assertThat(records).hasSize(holders.size());
    for (int i = 0; i < holders.size(); i++) {
      assertThat(records.get(i).get("holder")).isEqualTo(holders.get(i).holderName());
      assertThat(Long.parseLong(records.get(i).get("quantity")))
          .isEqualTo(holders.get(i).quantity());
    }
  }

  @Test
  void sharesAreExactDecimalsOfTheTotal() throws IOException {
    List<Holding> holders = Fixtures.manyHolders(3, 1);

    List<CSVRecord> records = parse(HoldersCsv.render(holders, 3));

    BigDecimal sum = BigDecimal.ZERO;
    for (CSVRecord r : records) {
      BigDecimal share = new BigDecimal(r.get("share_percent"));
      assertThat(share.scale()).isEqualTo(Shares.PERCENT_SCALE);
      sum = sum.add(share);
    }
    // Three thirds rounded to 4 places lose at most 3 units in the last place.
    assertThat(sum).isBetween(new BigDecimal("99.9997"), new BigDecimal("100.0000"));
  }

  @Test
  void invalidInputIsRejected() {
    assertThatThrownBy(() -> HoldersCsv.render((IssuanceCertificate) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("certificate must not be null");
    assertThatThrownBy(() -> HoldersCsv.render(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("holders must not be null");
    assertThatThrownBy(() -> HoldersCsv.render(Fixtures.holders(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalTokens must be positive");
  }

  @Test
  void emptyHolderListGivesOnlyTheHeader() {
    assertThat(HoldersCsv.render(List.of(), 5)).isEqualTo("holder,quantity,share_percent\r\n");
  }
}
