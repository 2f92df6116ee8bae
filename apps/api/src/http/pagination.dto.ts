import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
/** Deepest row a list reaches (page × pageSize): OFFSET stays cheap, numbers stay in range. */
export const MAX_PAGE_WINDOW = 10_000;

/** `page` such that page × pageSize ≤ MAX_PAGE_WINDOW (pageSize checked on its own). */
const WithinPageWindow = () =>
  ValidateBy({
    name: 'pageWindow',
    validator: {
      validate: (page: unknown, args) => {
        const size = (args?.object as { pageSize?: unknown } | undefined)?.pageSize;
        const pageSize = typeof size === 'number' && Number.isInteger(size) ? size : 1;
        return typeof page !== 'number' || page * pageSize <= MAX_PAGE_WINDOW;
      },
      defaultMessage: (args) => {
        const size = (args?.object as { pageSize?: unknown } | undefined)?.pageSize;
        const pageSize = typeof size === 'number' && size > 0 ? size : 1;
        return `con pageSize ${pageSize} debe ser menor o igual a ${Math.floor(MAX_PAGE_WINDOW / pageSize)} (se listan hasta ${MAX_PAGE_WINDOW} filas)`;
      },
    },
  });

export class PageQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_PAGE_WINDOW,
    default: 1,
    description: `page × pageSize ≤ ${MAX_PAGE_WINDOW}`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_WINDOW)
  @WithinPageWindow()
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;
}
