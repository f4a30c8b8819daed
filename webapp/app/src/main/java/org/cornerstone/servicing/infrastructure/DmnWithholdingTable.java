package org.cornerstone.servicing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.cornerstone.servicing.domain.Withholding;
import org.cornerstone.workflows.servicing.WithholdingTaxTable;

/** {@link Withholding.Table} as the {@code withholding-tax} DMN table on Camunda's DMN engine. */
@ApplicationScoped
public class DmnWithholdingTable implements Withholding.Table {
  private final WithholdingTaxTable table = new WithholdingTaxTable();

  @Override
  public int rateBps(String country, String category) {
    return table.rateBps(country, category);
  }
}
