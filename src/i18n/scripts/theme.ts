/** What the theme button writes, in English (src/client/theme-toggle.ts); a page in another language sends its own (src/i18n/<lang>.ts, `client`). */
export const themeWords = { system: 'System', dark: 'Dark', light: 'Light' };
