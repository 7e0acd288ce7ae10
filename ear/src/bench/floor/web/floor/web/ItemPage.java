package floor.web;

import floor.Items;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The one page's backing bean. */
@Named
@RequestScoped
public class ItemPage {

  @Inject Items items;

  public String getName() {
    return items.name("1");
  }
}
