-- Standards are set nationally or by a province, city or county, never by a township or village,
-- and in amounts no single person's benefit reaches (1,000,000 yuan a year); their dates are
-- plausible. The service says so first, with a message; this keeps direct writes honest too.
-- NOT VALID: rows entered before these rules are left as they are, every new or changed row is
-- checked.
alter table benefits.benefit_standard
    add constraint benefit_standard_county_or_above
        check (region_code = '000000000000' or region_code ~ '^[0-9]{6}000000$') not valid,
    add constraint benefit_standard_sane_amounts
        check (coalesce(annual_fen, 0) <= 100000000 and coalesce(indicator_fen, 0) <= 100000000
               and monthly_fen <= 100000000 and coalesce(percent, 0) <= 100) not valid,
    add constraint benefit_standard_plausible_date
        check (effective_from between date '1950-01-01' and date '2100-12-01') not valid;
