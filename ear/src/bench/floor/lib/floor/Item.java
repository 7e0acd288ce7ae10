package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one entity of the minimal EAR. */
@Entity
@Table(name = "floor_item")
public class Item {

  @Id private String id;

  private String name;

  protected Item() {}

  Item(String id, String name) {
    this.id = id;
    this.name = name;
  }

  String name() {
    return name;
  }
}
