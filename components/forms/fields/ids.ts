// The ids of an item's elements, once: the server's markup sets them and the questionnaire script finds them.

/** The id prefix of an item's control (its radios and checkboxes are named by it). */
export const controlId = (itemKey: string) => `q-${itemKey}`;
/** The input of a mirror item's prediction. */
export const predictionId = (itemKey: string) => `q-${itemKey}-predicted`;
/** The element that shows an item's error (added by the questionnaire script when there is one). */
export const errorId = (itemKey: string) => `q-${itemKey}-error`;
/** The box holding one item (its link target: /respond/<section>#item-<key>). */
export const itemBoxId = (itemKey: string) => `item-${itemKey}`;
