import { NumberInput } from '@mantine/core';

/** «Año» of a yearly list: only years the API accepts (2000 to 2100) reach `onChange`. */
export function YearInput({
  year,
  onChange,
}: {
  readonly year: number;
  readonly onChange: (year: number) => void;
}) {
  return (
    <NumberInput
      label="Año"
      value={year}
      min={2000}
      max={2100}
      allowDecimal={false}
      w={140}
      onChange={(value) => {
        if (typeof value === 'number' && value >= 2000 && value <= 2100) onChange(value);
      }}
    />
  );
}
