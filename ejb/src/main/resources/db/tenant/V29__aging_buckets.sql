-- SAL-09 receivables aging: the limits of the buckets in days past due, as codes D<days> (the
-- company may add, e.g. D120, or retire them in the code lists); beyond the last is a bucket of its own.
insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('AGING_BUCKET', 'D30',  '逾期至 30 天', '逾期至 30 天', 'Up to 30 days past due',   10),
    ('AGING_BUCKET', 'D60',  '逾期至 60 天', '逾期至 60 天', 'Up to 60 days past due',  20),
    ('AGING_BUCKET', 'D90',  '逾期至 90 天', '逾期至 90 天', 'Up to 90 days past due',  30),
    ('AGING_BUCKET', 'D180', '逾期至 180 天', '逾期至 180 天', 'Up to 180 days past due', 40);
