package org.cornerstone.workflows.investor;

import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_COUNTRY;
import static org.cornerstone.workflows.investor.InvestorOnboarding.VAR_INVESTOR_CATEGORY;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Task listener ({@code complete}) of the investor's profile task: the declared country must be an
 * ISO 3166-1 alpha-2 code and the category one of {@link InvestorCategory}; otherwise the task
 * stays open.
 */
@Named(InvestorOnboarding.BEAN_PROFILE_GUARD)
@Dependent
public class InvestorProfileListener implements TaskListener {

  public static final String BAD_COUNTRY =
      "The country must be an ISO 3166-1 alpha-2 code such as HK, SG or CN but is ";

  public static final String BAD_CATEGORY =
      "The investor category must be one of "
          + Arrays.toString(InvestorCategory.values())
          + " but is ";

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Override
  public void notify(DelegateTask task) {
    Object country = task.getVariable(VAR_COUNTRY);
    if (!(country instanceof String code) || !COUNTRIES.contains(code)) {
      throw new ProcessEngineException(BAD_COUNTRY + country);
    }
    Object category = task.getVariable(VAR_INVESTOR_CATEGORY);
    if (!(category instanceof String name)
        || Arrays.stream(InvestorCategory.values()).noneMatch(c -> c.name().equals(name))) {
      throw new ProcessEngineException(BAD_CATEGORY + category);
    }
  }
}
