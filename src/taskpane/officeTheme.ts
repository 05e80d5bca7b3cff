/** The part of `Office.context.officeTheme` used to pick the light or dark theme. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** Luminance below which a background counts as dark. */
const darkLuminance = 0.5;

/**
 * True when Office's theme has a dark background ("#262626"), so the pane follows it.
 *
 * @example
 * isDarkOfficeTheme({ bodyBackgroundColor: "#262626" }); // => true
 */
export function isDarkOfficeTheme(theme: OfficeThemeColours | null | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? "")?.[1];
  if (hex === undefined) return false;
  const [red, green, blue] = [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255);
  // Rec. 709 luma weights: how bright the colour looks.
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < darkLuminance;
}
