-- Quantities are exact decimals with up to three places (7.5 hours, 0.125 kg,
-- 2.25 days). A line total is quantity × unit price rounded half-up to cents
-- (all values are non-negative, so round() is half-up); the subtotal adds the
-- rounded line totals, so the lines a client reads add up to the subtotal it
-- reads. Whole-number quantities are unchanged by the rounding. See
-- docs/decisions/0092-typed-numbers.md.

alter table public.invoice_items
  alter column quantity type numeric(13, 3) using quantity::numeric(13, 3);

create or replace function app.invoice_line_total(p_quantity numeric, p_unit_price numeric)
returns numeric
language sql immutable
set search_path = ''
as $$
  select round(p_quantity * p_unit_price, 2)
$$;
revoke all on function app.invoice_line_total(numeric, numeric) from public, anon;
grant execute on function app.invoice_line_total(numeric, numeric) to authenticated;

create or replace function app.invoice_items_line_total() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.total := app.invoice_line_total(new.quantity, new.unit_price);
  return new;
end
$$;

create or replace function app.invoice_totals(
  p_lines jsonb,
  p_discount_type text,
  p_discount_value numeric,
  out subtotal numeric,
  out discount_amount numeric,
  out tax_amount numeric,
  out total_amount numeric,
  out taxes jsonb
)
language plpgsql immutable
set search_path = ''
as $$
declare
  v_count integer;
begin
  select coalesce(sum(app.invoice_line_total((l ->> 'quantity')::numeric, (l ->> 'unit_price')::numeric)), 0), count(*)
    into subtotal, v_count
    from jsonb_array_elements(coalesce(p_lines, '[]'::jsonb)) l;

  if p_discount_type is null or v_count = 0 then
    discount_amount := 0;
  elsif p_discount_type = 'percent' then
    if p_discount_value > 100 then
      raise exception using errcode = 'LD400', message = 'A percentage discount cannot be more than 100.',
        detail = 'discount_value', hint = 'must be at most 100 for a percentage';
    end if;
    discount_amount := round(subtotal * p_discount_value / 100, 2);
  else
    if p_discount_value > subtotal then
      raise exception using errcode = 'LD400',
        message = format('The discount (%s) is larger than the subtotal (%s).', p_discount_value, subtotal::numeric(20, 2)),
        detail = 'discount_value', hint = format('must not exceed the subtotal (%s)', subtotal::numeric(20, 2));
    end if;
    discount_amount := p_discount_value;
  end if;

  with lines as (
    select coalesce((l ->> 'tax_rate')::numeric, 0) as rate,
           app.invoice_line_total((l ->> 'quantity')::numeric, (l ->> 'unit_price')::numeric) * 100 as cents
      from jsonb_array_elements(coalesce(p_lines, '[]'::jsonb)) l
  ),
  rates as (
    select rate, sum(cents) as base_c from lines group by rate
  ),
  shares as (
    select rate, base_c,
           case when subtotal = 0 then 0 else div(discount_amount * 100 * base_c, subtotal * 100) end as floor_c,
           case when subtotal = 0 then 0 else mod(discount_amount * 100 * base_c, subtotal * 100) end as rem
      from rates
  ),
  ranked as (
    select rate, base_c, floor_c,
           row_number() over (order by rem desc, rate asc) as rn,
           discount_amount * 100 - sum(floor_c) over () as leftover
      from shares
  ),
  taxed as (
    select rate,
           (base_c - floor_c - case when rn <= leftover then 1 else 0 end) as taxable_c
      from ranked
  ),
  amounts as (
    select rate, taxable_c / 100 as base, round(taxable_c * rate / 10000, 2) as amount from taxed
  )
  select coalesce(sum(amount), 0),
         coalesce(jsonb_agg(jsonb_build_object(
                    'rate', trim_scale(rate)::text,
                    'base', base::numeric(20, 2)::text,
                    'amount', amount::numeric(20, 2)::text) order by rate)
                  filter (where rate <> 0), '[]'::jsonb)
    into tax_amount, taxes
    from amounts;

  total_amount := subtotal - discount_amount + tax_amount;
end
$$;
