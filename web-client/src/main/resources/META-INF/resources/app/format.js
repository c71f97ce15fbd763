// Vietnamese formats: dates as 07/12/2026, times as 14:05, numbers as 1.234.567; always Vietnam's time zone.
const ZONE = 'Asia/Ho_Chi_Minh';
const dateFormat = new Intl.DateTimeFormat('vi-VN', {timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric'});
const timeFormat = new Intl.DateTimeFormat('vi-VN', {timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false});
const numberFormat = new Intl.NumberFormat('vi-VN');

export const date = value => value ? dateFormat.format(new Date(value.length === 10 ? value + 'T00:00:00+07:00' : value)) : '—';
// the desk's habit: the day first, then the hour (07/12/2026 17:00)
export const dateTime = value => value ? `${dateFormat.format(new Date(value))} ${timeFormat.format(new Date(value))}` : '—';
export const number = value => value == null ? '—' : numberFormat.format(value);
export const percent = (part, whole) => whole ? numberFormat.format(Math.round(part * 1000 / whole) / 10) + ' %' : '—';

/** Today in Vietnam as 2026-12-07. */
export function isoToday() {
  return new Intl.DateTimeFormat('en-CA', {timeZone: ZONE}).format(new Date());
}

/** Escapes text for HTML. Every value from an API goes through this (or textContent). */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

/** A tagged template that escapes every interpolated value, unless it is marked safe with html`...`. */
export function html(strings, ...values) {
  const out = strings.reduce((text, part, i) => {
    const value = values[i - 1];
    const rendered = value?.safeHtml !== undefined ? value.safeHtml
      : Array.isArray(value) ? value.map(v => v?.safeHtml ?? esc(v)).join('') : esc(value);
    return text + rendered + part;
  });
  return {safeHtml: out, toString: () => out};
}
