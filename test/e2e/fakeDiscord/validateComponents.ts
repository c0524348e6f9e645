// Checks message components: action-row layout, button and select limits, unique custom ids.
// https://discord.com/developers/docs/components/reference

import type { FieldPath, FormErrors } from './apiErrors.js';
import { isPresent, isRecord, textLength, type JsonRecord } from './guards.js';
import {
  ACTION_ROWS_MAX,
  BUTTON_LABEL_MAX,
  BUTTONS_PER_ROW_MAX,
  CUSTOM_ID_MAX,
  CUSTOM_ID_MIN,
  SELECT_OPTIONS_MAX,
} from './limits.js';

const ACTION_ROW = 1;
const BUTTON = 2;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;
/** https://discord.com/developers/docs/resources/message#message-object-message-flags */
const IS_COMPONENTS_V2 = 1 << 15;

export function validateComponents(components: unknown, flags: unknown, errors: FormErrors, path: FieldPath): void {
  if (!Array.isArray(components)) {
    errors.wrongType(path, 'an array');
    return;
  }
  const seenIds = new Set<string>();
  // Layout components (flag IS_COMPONENTS_V2) follow other rules; only ids and labels are checked there.
  if (typeof flags === 'number' && (flags & IS_COMPONENTS_V2) !== 0) {
    components.forEach((component, index) => walkLayout(component, seenIds, errors, [...path, index]));
    return;
  }
  if (components.length > ACTION_ROWS_MAX) errors.maxLength(path, ACTION_ROWS_MAX);
  components.forEach((row, index) => validateRow(row, seenIds, errors, [...path, index]));
}

function validateRow(row: unknown, seenIds: Set<string>, errors: FormErrors, path: FieldPath): void {
  if (!isRecord(row) || row['type'] !== ACTION_ROW) {
    errors.add([...path, 'type'], 'COMPONENT_TYPE_INVALID', 'Top-level components must be action rows.');
    return;
  }
  const children = row['components'];
  if (!Array.isArray(children) || children.length === 0) {
    errors.badLength([...path, 'components'], 1, BUTTONS_PER_ROW_MAX);
    return;
  }
  if (children.length > BUTTONS_PER_ROW_MAX) errors.maxLength([...path, 'components'], BUTTONS_PER_ROW_MAX);
  const hasSelect = children.some(child => isRecord(child) && SELECT_TYPES.has(Number(child['type'])));
  if (hasSelect && children.length > 1) {
    errors.add([...path, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
  }
  children.forEach((child, index) => {
    const childPath = [...path, 'components', index];
    if (!isRecord(child)) return errors.wrongType(childPath, 'an object');
    if (child['type'] === BUTTON) validateButton(child, seenIds, errors, childPath);
    else if (SELECT_TYPES.has(Number(child['type']))) validateSelect(child, seenIds, errors, childPath);
    else errors.add([...path, 'components', index, 'type'], 'COMPONENT_TYPE_INVALID', 'Component type is not allowed in an action row.');
  });
}

function validateButton(button: JsonRecord, seenIds: Set<string>, errors: FormErrors, path: FieldPath): void {
  const style = button['style'];
  if (!Number.isInteger(style) || Number(style) < 1 || Number(style) > PREMIUM_STYLE) {
    errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2, 3, 4, 5, 6).');
  }
  if (style === LINK_STYLE) {
    if (typeof button['url'] !== 'string') errors.required([...path, 'url']);
    if (isPresent(button['custom_id'])) errors.add([...path, 'custom_id'], 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'A link button cannot have a custom id.');
  } else if (style === PREMIUM_STYLE) {
    if (typeof button['sku_id'] !== 'string') errors.required([...path, 'sku_id']);
  } else {
    checkCustomId(button, seenIds, errors, path);
  }
  checkLength(button, 'label', BUTTON_LABEL_MAX, errors, path);
}

function validateSelect(select: JsonRecord, seenIds: Set<string>, errors: FormErrors, path: FieldPath): void {
  checkCustomId(select, seenIds, errors, path);
  const options = select['options'];
  if (select['type'] === 3 && (!Array.isArray(options) || options.length === 0 || options.length > SELECT_OPTIONS_MAX)) {
    errors.badLength([...path, 'options'], 1, SELECT_OPTIONS_MAX);
  }
}

/** Walks nested layout components (sections, containers, accessories) for interactive children. */
function walkLayout(component: unknown, seenIds: Set<string>, errors: FormErrors, path: FieldPath): void {
  if (!isRecord(component)) return;
  if (isPresent(component['custom_id'])) checkCustomId(component, seenIds, errors, path);
  if (component['type'] === BUTTON) checkLength(component, 'label', BUTTON_LABEL_MAX, errors, path);
  const children = component['components'];
  if (Array.isArray(children)) children.forEach((child, index) => walkLayout(child, seenIds, errors, [...path, 'components', index]));
  if (isPresent(component['accessory'])) walkLayout(component['accessory'], seenIds, errors, [...path, 'accessory']);
}

function checkCustomId(component: JsonRecord, seenIds: Set<string>, errors: FormErrors, path: FieldPath): void {
  const customId = component['custom_id'];
  if (typeof customId !== 'string') {
    errors.required([...path, 'custom_id']);
    return;
  }
  const length = textLength(customId);
  if (length < CUSTOM_ID_MIN || length > CUSTOM_ID_MAX) errors.badLength([...path, 'custom_id'], CUSTOM_ID_MIN, CUSTOM_ID_MAX);
  if (seenIds.has(customId)) {
    errors.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
  }
  seenIds.add(customId);
}

function checkLength(component: JsonRecord, key: string, max: number, errors: FormErrors, path: FieldPath): void {
  const value = component[key];
  if (typeof value === 'string' && textLength(value) > max) errors.maxLength([...path, key], max);
}
