/**
 * A page may set a property before the element is defined; that own property hides the class's
 * accessor, so it is taken off and set again through it.
 */
export function upgradeProperty<T extends object>(el: T, name: keyof T & string): void {
  if (!Object.hasOwn(el, name)) return;
  const value = el[name];
  delete el[name];
  el[name] = value;
}
