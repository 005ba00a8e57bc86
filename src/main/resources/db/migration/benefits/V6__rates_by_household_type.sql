-- A run's rates are resolved per household type (户籍类别: URBAN, RURAL, or ANY for records
-- without one) and 孤老 mark as well: URBAN/RURAL standards apply to their own households, ANY
-- standards to all, and the LONELY_ELDERLY add-on (孤老增发) only to those marked 孤老.
alter table benefits.payment_rate add column household_type text not null default 'ANY';
alter table benefits.payment_rate add column lonely_elderly boolean not null default false;
alter table benefits.payment_rate drop constraint payment_rate_run_id_county_code_category_disability_grade_d_key;
alter table benefits.payment_rate add constraint payment_rate_key
    unique (run_id, county_code, category, disability_grade, disability_cause, household_type, lonely_elderly, month);
