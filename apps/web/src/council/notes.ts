/** A coloured alert's title in dark grey: the colour's own shade fails contrast (axe). */
export const NOTE = { title: { color: 'var(--mantine-color-gray-9)' } };
