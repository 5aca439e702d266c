/**
 * A collection for office-addin-mock, which cannot load a collection's items itself: its load() answers with the
 * items `items()` gives at that moment (none by default), as `collection.load("items/name")` would in Excel.
 */
export function mockCollection(items: () => object[] = () => []) {
  return {
    load: function (this: { items?: object[] }) {
      this.items = items();
    },
  };
}
