package floor.api;

import floor.Items;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one resource: an item as JSON. */
@Path("item")
@RequestScoped
public class ItemResource {

  @Inject Items items;

  /** The item's JSON form. */
  public record ItemView(String id, String name) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ItemView item() {
    return new ItemView("1", items.name("1"));
  }
}
