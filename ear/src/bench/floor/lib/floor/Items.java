package floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Reads an item, making it on first use: a transaction and a query, as any request would. */
@ApplicationScoped
public class Items {

  @PersistenceContext EntityManager entityManager;

  @Transactional
  public String name(String id) {
    Item item = entityManager.find(Item.class, id);
    if (item == null) {
      item = new Item(id, "item " + id);
      entityManager.persist(item);
    }
    return item.name();
  }
}
