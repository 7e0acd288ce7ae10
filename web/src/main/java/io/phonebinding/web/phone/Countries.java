package io.phonebinding.web.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.phonebinding.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The country-code choices of the page: every region libphonenumber supports, named in the page's
 * language and sorted by that name, with the configured default region first.
 */
@Named
@ApplicationScoped
public class Countries {

  @Inject Settings settings;

  private final Map<Locale, List<Country>> byLanguage = new ConcurrentHashMap<>();

  /** One choice: region, its calling code and its name. */
  public record Country(String region, String callingCode, String name) {

    /** What the option shows: "中国 +86". */
    public String label() {
      return name + " " + callingCode;
    }
  }

  public List<Country> in(Locale language) {
    return byLanguage.computeIfAbsent(language, this::build);
  }

  private List<Country> build(Locale language) {
    String first = settings.defaultRegion();
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Collator collator = Collator.getInstance(language);
    List<Country> countries = new ArrayList<>();
    for (String region : util.getSupportedRegions()) {
      countries.add(
          new Country(
              region,
              "+" + util.getCountryCodeForRegion(region),
              new Locale("", region).getDisplayCountry(language)));
    }
    countries.sort(
        Comparator.comparing((Country c) -> !first.equals(c.region()))
            .thenComparing(Country::name, collator));
    return List.copyOf(countries);
  }
}
